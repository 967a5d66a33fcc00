import type { Command } from 'commander';
import { createService } from '../../authoring/create-service.js';
import { PLACEHOLDER } from '../../model/placeholders.js';
import { summarize } from '../../diagnostics.js';
import { displayPath } from '../../load/discover.js';
import { EXIT, type CliContext } from '../io.js';
import { reportRefusal } from './authoring-shared.js';

interface NewFlags {
  kode?: string;
  output?: string;
  unit?: string;
  lengkap?: boolean;
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
    .action(async (nama: string, flags: NewFlags) => {
      const cwd = ctx.io.cwd;
      let created;
      try {
        created = await createService({ nama, kode: flags.kode, output: flags.output, unit: flags.unit, lengkap: flags.lengkap, cwd, lang: ctx.lang });
      } catch (err) {
        return reportRefusal(ctx, err);
      }
      const shown = displayPath(cwd, created.path);
      const s = summarize(created.diagnostics, 1);
      const placeholders = created.text.split('\n').filter((l) => PLACEHOLDER.test(l) && !l.trimStart().startsWith('#')).length;
      const out = ctx.io.stdout;
      out.write(t({ id: `Dibuat ${shown} (kode ${created.kode}, status draf).\n`, en: `Created ${shown} (code ${created.kode}, status draf).\n` }));
      if (created.inherited > 0) out.write(t({ id: `${created.inherited} komponen diwarisi dari bawaan ${displayPath(cwd, created.providerPath!)}.\n`, en: `${created.inherited} components inherited from the defaults in ${displayPath(cwd, created.providerPath!)}.\n` }));
      out.write(t({ id: `Pemeriksaan: ${s.errors} galat, ${s.warnings} peringatan. Ganti ${placeholders} isian "[isi: ...]" dengan keadaan sebenarnya.\n`, en: `Check: ${s.errors} errors, ${s.warnings} warnings. Replace the ${placeholders} "[isi: ...]" values with the real ones.\n` }));
      const pending = created.pending.join(', ');
      if (pending) out.write(t({ id: `Tulis juga komponen yang masih berupa contoh bertanda #: ${pending}.\n`, en: `Also write the components still shown as a commented example: ${pending}.\n` }));
      if (!created.schemaInstalled) out.write(t({ id: 'Jalankan "npm install --save-dev standar-pelayanan" agar VS Code menemukan skemanya.\n', en: 'Run "npm install --save-dev standar-pelayanan" so that VS Code finds the schema.\n' }));
      out.write(t({ id: `Lanjutkan: buka berkasnya, lalu "npx standar validate ${shown}".\n`, en: `Next: open the file, then "npx standar validate ${shown}".\n` }));
      if (s.errors > 0) ctx.setExitCode(EXIT.problems);
    });
}
