import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { findProviderFile, findSchemaHome, portableRelative } from '../../authoring/locate.js';
import { deriveKode, slugify } from '../../authoring/names.js';
import { newServiceText, PLACEHOLDER } from '../../authoring/new-service.js';
import { writeNewFiles } from '../../authoring/write-new.js';
import { checkProviderFile, checkServiceFile } from '../../check/files.js';
import type { CheckOptions } from '../../check/options.js';
import { summarize } from '../../diagnostics.js';
import { readFound } from '../../files/read.js';
import { displayPath, planInputs } from '../../load/discover.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../load/source.js';
import { COMPONENT_KEYS, type ComponentKey } from '../../model/components.js';
import { EXIT, type CliContext } from '../io.js';

interface NewFlags {
  kode?: string;
  output?: string;
  unit?: string;
  lengkap?: boolean;
}

/** Codes already used by the unit's services: a top-level `kode:` line is enough to know. */
async function takenCodes(unitRoot: string): Promise<Set<string>> {
  const plan = await planInputs([unitRoot], unitRoot);
  const codes = new Set<string>();
  for (const unit of plan.units) {
    for (const path of unit.servicePaths) {
      const read = readFound(path, { limit: DEFAULT_MAX_FILE_SIZE });
      const text = read.ok ? read.bytes.toString('utf8') : '';
      const m = /^kode:[ \t]*["']?([^"'\s#]+)/m.exec(text);
      if (m) codes.add(m[1]!.toUpperCase());
    }
  }
  return codes;
}

export function registerNew(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('new')
    .description(t({ id: 'Buat berkas layanan baru berisi ke-14 komponen, masing-masing dengan penjelasan dari peraturan.', en: 'Create a new service file with all 14 components, each explained from the regulation.' }))
    .argument('<nama>', t({ id: 'nama layanan, misalnya "Penerbitan Akta Kelahiran"', en: 'service name, e.g. "Penerbitan Akta Kelahiran"' }))
    .option('--kode <kode>', t({ id: 'kode layanan (bawaan: dari namanya, misalnya AKTA-KELAHIRAN)', en: 'service code (default: from the name, e.g. AKTA-KELAHIRAN)' }))
    .option('-o, --output <berkas>', t({ id: 'berkas yang ditulis (bawaan: layanan/<nama>.yaml di folder unit)', en: 'file to write (default: layanan/<name>.yaml in the unit folder)' }))
    .option('--unit <folder>', t({ id: 'folder unit (bawaan: folder penyelenggara.yaml terdekat)', en: 'unit folder (default: the nearest folder with penyelenggara.yaml)' }))
    .option('--lengkap', t({ id: 'tulis isi ke-14 komponen, juga yang sudah ada di bawaan penyelenggara.yaml', en: 'write all 14 components, also those penyelenggara.yaml provides' }))
    .action(async (namaArg: string, flags: NewFlags) => {
      const nama = namaArg.trim().replace(/\s+/g, ' ');
      const fail = (text: { id: string; en: string }) => {
        ctx.io.stderr.write(t(text) + '\n');
        ctx.setExitCode(EXIT.usage);
      };
      if (nama === '') return fail({ id: 'Nama layanan tidak boleh kosong. Contoh: standar new "Penerbitan Akta Kelahiran"', en: 'The service name cannot be empty. Example: standar new "Penerbitan Akta Kelahiran"' });
      if (flags.kode !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(flags.kode)) {
        return fail({ id: `Kode "${flags.kode}" tidak sah: pakai huruf, angka, titik, garis bawah atau tanda hubung (paling banyak 64), misalnya AKTA-KELAHIRAN.`, en: `The code "${flags.kode}" is invalid: use letters, digits, dots, underscores or hyphens (at most 64), e.g. AKTA-KELAHIRAN.` });
      }
      const cwd = ctx.io.cwd;
      const nearest = await findProviderFile(cwd);
      const unitRoot = flags.unit ? resolve(cwd, flags.unit) : nearest ? dirname(nearest) : cwd;
      const target = flags.output ? resolve(cwd, flags.output) : join(unitRoot, 'layanan', `${slugify(nama)}.yaml`);
      const shown = displayPath(cwd, target);

      const opts: CheckOptions = { lang: ctx.lang, cwd };
      const providerPath = await findProviderFile(dirname(target));
      const provider = providerPath ? (await checkProviderFile(providerPath, opts)).provider : undefined;
      const bawaan = (provider?.data as { bawaan?: { komponen?: Record<string, unknown> } } | undefined)?.bawaan?.komponen;
      const inherited = new Set<ComponentKey>(flags.lengkap || !bawaan ? [] : COMPONENT_KEYS.filter((k) => bawaan[k] !== undefined));

      const taken = await takenCodes(unitRoot);
      if (flags.kode && taken.has(flags.kode.toUpperCase())) return fail({ id: `Kode ${flags.kode} sudah dipakai layanan lain di unit ini. Pilih kode lain.`, en: `The code ${flags.kode} is already used by another service of this unit. Choose another.` });
      const kode = flags.kode ?? deriveKode(nama, taken);
      const home = await findSchemaHome(dirname(target));
      const text = newServiceText({ nama, kode, schemaPath: portableRelative(dirname(target), join(home.dir, 'layanan.schema.json')), inherited });

      const { skipped } = await writeNewFiles(dirname(target), new Map([[basename(target), text]]));
      if (skipped.length > 0) {
        return fail({ id: `${shown} sudah ada dan tidak ditimpa. Pakai nama lain, atau -o untuk berkas lain.`, en: `${shown} exists and was not overwritten. Use another name, or -o for another file.` });
      }

      const check = await checkServiceFile(target, provider, opts);
      const s = summarize(check.diagnostics, 1);
      const placeholders = text.split('\n').filter((l) => PLACEHOLDER.test(l) && !l.trimStart().startsWith('#')).length;
      const out = ctx.io.stdout;
      out.write(t({ id: `Dibuat ${shown} (kode ${kode}, status draf).\n`, en: `Created ${shown} (code ${kode}, status draf).\n` }));
      if (inherited.size > 0) out.write(t({ id: `${inherited.size} komponen diwarisi dari bawaan ${displayPath(cwd, provider!.source.path)}.\n`, en: `${inherited.size} components inherited from the defaults in ${displayPath(cwd, provider!.source.path)}.\n` }));
      out.write(t({ id: `Pemeriksaan: ${s.errors} galat, ${s.warnings} peringatan. Ganti ${placeholders} isian "[isi: ...]" dengan keadaan sebenarnya.\n`, en: `Check: ${s.errors} errors, ${s.warnings} warnings. Replace the ${placeholders} "[isi: ...]" values with the real ones.\n` }));
      if (!home.installed) out.write(t({ id: 'Jalankan "npm install --save-dev standar-pelayanan" agar VS Code menemukan skemanya.\n', en: 'Run "npm install --save-dev standar-pelayanan" so that VS Code finds the schema.\n' }));
      out.write(t({ id: `Lanjutkan: buka berkasnya, lalu "npx standar validate ${shown}".\n`, en: `Next: open the file, then "npx standar validate ${shown}".\n` }));
      if (s.errors > 0) ctx.setExitCode(EXIT.problems);
    });
}
