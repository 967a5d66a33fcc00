import { resolve } from 'node:path';
import type { Command } from 'commander';
import { findConfigs } from '../../config/load.js';
import type { Lang } from '../../i18n/index.js';
import { entryLabel } from '../../registry/label.js';
import { citationOf, findRegulations, statusText, type Citation } from '../../registry/query.js';
import type { LocalRegulations, Regulation } from '../../registry/types.js';
import { stylish } from '../../report/formatters/stylish.js';
import { EXIT, type CliContext } from '../io.js';

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .,()'/-]*$/u;
const scalar = (v: string | number) => (typeof v === 'number' || (PLAIN.test(v) && !/^[\d.]+$/.test(v) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(v)) ? String(v) : JSON.stringify(v));
const flow = (o: Record<string, string | number | undefined>) => `{ ${Object.entries(o).flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${scalar(v)}`])).join(', ')} }`;

/** A citation as one item of `dasar_hukum:`, ready to paste at `indent`. */
function citationYaml(c: Citation, indent: string): string[] {
  const lines = [`jenis: ${scalar(c.jenis)}`, ...(c.penerbit ? [`penerbit: ${scalar(c.penerbit)}`] : []), `nomor: ${scalar(c.nomor)}`, `tahun: ${c.tahun}`, `tentang: ${scalar(c.tentang)}`];
  if (c.ln) lines.push(`ln: ${flow(c.ln)}`);
  if (c.tln) lines.push(`tln: ${flow(c.tln)}`);
  const out = lines.map((l, i) => `${indent}${i === 0 ? '- ' : '  '}${l}`);
  if (c.jo) out.push(`${indent}  jo:`, ...c.jo.flatMap((a) => citationYaml(a, `${indent}    `)));
  return out;
}

const WORDS = {
  status: { id: 'Status', en: 'Status' },
  paste: { id: 'Rujukan untuk ditempel di dasar_hukum:', en: 'Citation to paste under dasar_hukum:' },
  more: { id: 'Ditampilkan {n} yang pertama; persempit pencarian dengan jenis, nomor atau tahun.', en: 'The first {n} are shown; narrow the search with a kind, number or year.' },
  none: { id: 'Tidak ada peraturan di daftar yang cocok dengan "{q}".', en: 'No regulation in the registry matches "{q}".' },
  maybe: { id: 'Mungkin yang dimaksud:', en: 'Perhaps you meant:' },
  noHint: {
    id: 'Coba kata judul lain, atau jenis, nomor dan tahun ("UU 25/2009"). Daftar ini bukan seluruh peraturan: periksa naskah resminya di JDIH.',
    en: 'Try other title words, or kind, number and year ("UU 25/2009"). The registry is not every regulation: check the official text in the JDIH legal databases.',
  },
} as const;

function describe(e: Regulation, lang: Lang, local: readonly LocalRegulations[] | undefined): string[] {
  return [`${entryLabel(e)} tentang ${e.tentang}`, `  ${WORDS.status[lang]}: ${statusText(e, lang, { peraturan: local })}`, `  ${WORDS.paste[lang]}`, ...citationYaml(citationOf(e, { peraturan: local }), '    '), ''];
}

interface Flags {
  json?: boolean;
  config?: string;
  dir?: string;
}

export function registerPeraturan(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const peraturan = program
    .command('peraturan')
    .alias('regulations')
    .description(t({ id: 'Daftar peraturan yang dikenal alat ini: cari rujukan yang benar.', en: 'The regulations this tool knows: look up the right citation.' }));
  peraturan
    .command('cari')
    .alias('find')
    .description(
      t({
        id: 'Cari peraturan menurut kata judul ("pelayanan publik") atau jenis, nomor dan tahun ("UU 25/2009", "Permen PANRB 15/2014", "PP 96 tahun 2012"); cetak statusnya dan rujukannya dalam bentuk YAML untuk ditempel.',
        en: 'Look a regulation up by title words ("pelayanan publik") or kind, number and year ("UU 25/2009", "Permen PANRB 15/2014", "PP 96 tahun 2012"); print its status and its citation as YAML to paste.',
      }),
    )
    .argument('<kata...>', t({ id: 'kata pencarian', en: 'search words' }))
    .option('--json', t({ id: 'keluaran JSON', en: 'JSON output' }))
    .option('--config <berkas>', t({ id: 'standar.config.yaml yang peraturan.yaml di sampingnya ikut dicari', en: 'the standar.config.yaml whose neighbouring peraturan.yaml is searched too' }))
    .option('--dir <folder>', t({ id: 'cari juga peraturan.yaml unit di folder ini (bawaan: folder kerja)', en: 'also search the peraturan.yaml of the unit in this folder (default: the working folder)' }))
    .action(async (words: string[], flags: Flags) => {
      const cwd = resolve(ctx.io.cwd, flags.dir ?? '.');
      const configs = await findConfigs([], { lang: ctx.lang, cwd, configFile: flags.config });
      if (configs.diagnostics.length > 0) {
        ctx.io.stderr.write(stylish({ diagnostics: configs.diagnostics, files: configs.files.length }, { lang: ctx.lang, color: ctx.color }));
        ctx.setExitCode(EXIT.usage);
        return;
      }
      const local = configs.home?.peraturan;
      const text = words.join(' ');
      const result = findRegulations(text, { peraturan: local, limit: 20 });
      ctx.setExitCode(result.found.length > 0 ? EXIT.ok : EXIT.problems);
      if (flags.json) {
        const item = (e: Regulation) => ({ id: e.id, label: entryLabel(e), status: e.status, statusText: statusText(e, ctx.lang, { peraturan: local }), citation: citationOf(e, { peraturan: local }), entry: e });
        ctx.io.stdout.write(JSON.stringify({ query: text, found: result.found.map(item), suggestions: result.suggestions.map(item) }, null, 2) + '\n');
        return;
      }
      if (result.found.length === 0) {
        const lines = [t(WORDS.none).replace('{q}', text)];
        if (result.suggestions.length > 0) lines.push(t(WORDS.maybe), ...result.suggestions.map((e) => `  ${entryLabel(e)} tentang ${e.tentang}`));
        lines.push(t(WORDS.noHint));
        ctx.io.stdout.write(lines.join('\n') + '\n');
        return;
      }
      const out = result.found.flatMap((e) => describe(e, ctx.lang, local));
      if (result.found.length === 20) out.push(t(WORDS.more).replace('{n}', '20'));
      ctx.io.stdout.write(out.join('\n').replace(/\n*$/, '\n'));
    });
}
