import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { compareDocuments } from '../../authoring/diff/compare.js';
import { DIFF_FORMATTERS } from '../../authoring/diff/formatters/index.js';
import { kindOf, loadSide, parseSide, SideError, sideLabel, sidesFromRev, type SideSpec } from '../../authoring/diff/sources.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import { writeFileAtomic } from '../../files/write.js';
import { EXIT, type CliContext } from '../io.js';

interface DiffFlags {
  rev?: string;
  format: string;
  output?: string;
  sepertiDitulis?: boolean;
  exitCode?: boolean;
}

export function registerDiff(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const names = Object.keys(DIFF_FORMATTERS).join(', ');
  program
    .command('diff')
    .description(t({ id: 'Tunjukkan apa yang berubah antara dua versi standar, komponen demi komponen: dua berkas, atau satu berkas pada dua revisi git.', en: 'Show what changed between two versions of a standard, component by component: two files, or one file at two git revisions.' }))
    .argument('<lama>', t({ id: 'berkas lama, atau revisi:berkas (misalnya HEAD~1:layanan/ktp.yaml)', en: 'old file, or revision:file (e.g. HEAD~1:layanan/ktp.yaml)' }))
    .argument('[baru]', t({ id: 'berkas baru (bawaan: <lama> sebagaimana sekarang di folder ini)', en: 'new file (default: <lama> as it is now on disk)' }))
    .option('--rev <revisi>', t({ id: 'revisi git untuk versi lama (bawaan HEAD); A..B membandingkan dua revisi', en: 'git revision of the old version (default HEAD); A..B compares two revisions' }))
    .option('-f, --format <nama>', t({ id: `format keluaran: ${names}`, en: `output format: ${names}` }), (v: string) => {
      if (!Object.hasOwn(DIFF_FORMATTERS, v)) throw new InvalidArgumentError(t({ id: `Pilihannya: ${names}.`, en: `The choices are: ${names}.` }));
      return v;
    }, 'text')
    .option('-o, --output <berkas>', t({ id: 'tulis ke berkas, bukan ke layar', en: 'write to a file instead of the screen' }))
    .option('--seperti-ditulis', t({ id: 'bandingkan isi berkas apa adanya, tanpa bawaan dari penyelenggara.yaml', en: 'compare the files as written, without the defaults of penyelenggara.yaml' }))
    .option('--exit-code', t({ id: 'keluar dengan kode 1 bila ada perubahan (untuk skrip)', en: 'exit with code 1 when something changed (for scripts)' }))
    .action(async (oldArg: string, newArg: string | undefined, flags: DiffFlags) => {
      const cwd = ctx.io.cwd;
      const usage = (text: { id: string; en: string }) => {
        ctx.io.stderr.write(t(text) + '\n');
        ctx.setExitCode(EXIT.usage);
      };
      if (newArg !== undefined && flags.rev !== undefined) return usage({ id: 'Pakai --rev dengan satu berkas saja, atau tulis dua berkas tanpa --rev.', en: 'Use --rev with one file only, or give two files without --rev.' });
      let sides: [SideSpec, SideSpec];
      if (newArg !== undefined) sides = [parseSide(oldArg, cwd), parseSide(newArg, cwd)];
      else {
        const single = parseSide(oldArg, cwd);
        sides = single.rev && flags.rev === undefined ? [single, { path: single.path }] : sidesFromRev(oldArg, flags.rev, cwd);
      }
      const kind = kindOf(sides[1]);
      if (kindOf(sides[0]) !== kind) return usage({ id: 'Bandingkan layanan dengan layanan, atau penyelenggara.yaml dengan penyelenggara.yaml.', en: 'Compare a service with a service, or penyelenggara.yaml with penyelenggara.yaml.' });

      let loaded;
      try {
        loaded = await Promise.all(sides.map((s) => loadSide(s, { cwd, lang: ctx.lang, asWritten: flags.sepertiDitulis })));
      } catch (err) {
        if (err instanceof SideError) return usage(err.text);
        throw err;
      }
      const [before, after] = loaded as [Awaited<ReturnType<typeof loadSide>>, Awaited<ReturnType<typeof loadSide>>];
      if (!before.exists && !after.exists) {
        return usage({ id: `Berkas ${sideLabel(sides[0], cwd)} dan ${sideLabel(sides[1], cwd)} tidak ditemukan.`, en: `Neither ${sideLabel(sides[0], cwd)} nor ${sideLabel(sides[1], cwd)} was found.` });
      }
      const broken = [...before.diagnostics, ...after.diagnostics].filter((d) => d.severity === 'error');
      if (broken.length > 0) {
        ctx.io.stderr.write(FORMATTERS.stylish!({ diagnostics: broken, files: 2 }, { lang: ctx.lang, color: ctx.color }));
        ctx.io.stderr.write(t({ id: 'Perbaiki YAML-nya dulu; perbandingan memerlukan dua berkas yang terbaca.\n', en: 'Fix the YAML first; a comparison needs two readable files.\n' }));
        return ctx.setExitCode(EXIT.problems);
      }

      const diff = compareDocuments(kind, before, after, ctx.lang);
      const text = DIFF_FORMATTERS[flags.format]!(diff, ctx.lang);
      if (flags.output) await writeFileAtomic(resolve(cwd, flags.output), text);
      else ctx.io.stdout.write(text);
      if (flags.exitCode && diff.sections.some((s) => s.changed)) ctx.setExitCode(EXIT.problems);
    });
}
