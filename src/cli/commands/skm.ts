import { InvalidArgumentError, type Command } from 'commander';
import { relative, resolve } from 'node:path';
import { isSetupProblem, isUnreadable } from '../../diagnostics.js';
import { writeFileAtomic } from '../../files/write.js';
import { stylish } from '../../report/formatters/stylish.js';
import { computeSurvey, type SurveyOptions } from '../../survey/hitung.js';
import { formatSurvey, SURVEY_FORMATS, type SurveyFormat } from '../../survey/output.js';
import { parsePeriod } from '../../survey/period.js';
import { EXIT, type CliContext } from '../io.js';

/** One subcommand of `standar skm`: it adds itself to the `skm` command. */
type SkmSubcommand = (skm: Command, ctx: CliContext) => void;

/** The flags are the library's options, plus where and how to write the results. */
type HitungFlags = Omit<SurveyOptions, 'cwd' | 'lang'> & { format?: SurveyFormat; out?: string };

function registerHitung(skm: Command, ctx: CliContext): void {
  const { t } = ctx;
  skm
    .command('hitung')
    .alias('compute')
    .description(
      t({
        id: 'Periksa tanggapan survei (.xlsx/.csv, satu baris per responden) sel demi sel, lalu hitung NRR per unsur, IKM, mutu dan profil responden per layanan dan untuk unit (semua jawaban digabung).',
        en: 'Check survey responses (.xlsx/.csv, one row per respondent) cell by cell, then compute the NRR per element, the index, the grade and the respondent profile per service and for the unit (all answers pooled).',
      }),
    )
    .helpOption('-h, --help', t({ id: 'tampilkan bantuan', en: 'show help' }))
    .argument('<tanggapan...>', t({ id: 'berkas tanggapan .xlsx atau .csv', en: '.xlsx or .csv response files' }))
    .option('--unit <folder>', t({ id: 'folder unit: kode layanan di tanggapan harus layanan unit ini (dan skm.yaml-nya dibaca)', en: "unit folder: service codes in the responses must be this unit's services (and its skm.yaml is read)" }))
    .option('--periode <periode>', t({ id: 'periode survei: 2026, 2026-S1, 2026-Q2, 2026-03 atau 2026-01..2026-06; tanggal di luarnya tidak dihitung', en: 'survey period: 2026, 2026-S1, 2026-Q2, 2026-03 or 2026-01..2026-06; dates outside it are not counted' }), (value: string) => {
      const period = parsePeriod(value);
      if (!period) throw new InvalidArgumentError(t({ id: 'Tulis misalnya 2026, 2026-S1, 2026-Q2, 2026-03 atau 2026-01..2026-06.', en: 'Write for example 2026, 2026-S1, 2026-Q2, 2026-03 or 2026-01..2026-06.' }));
      return period;
    })
    .option('--bobot <bobot>', t({ id: 'bobot tiap unsur: tepat (1/9, bawaan) atau yang dibulatkan seperti diterbitkan sebagian instansi (0.111, 0.11)', en: 'weight of each element: tepat (1/9, the default) or rounded as some agencies publish (0.111, 0.11)' }))
    .option('--populasi <jumlah>', t({ id: 'pengguna layanan unit setahun, untuk sampel minimum Krejcie–Morgan', en: "users of the unit's services in a year, for the Krejcie–Morgan minimum sample" }), (value: string) => {
      const n = Number(value.replace(/[.\s](?=\d{3}\b)/g, ''));
      if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(t({ id: 'Tulis bilangan bulat lebih dari 0, misalnya 12000.', en: 'Write a whole number above 0, for example 12000.' }));
      return n;
    })
    .option('--unsur <tahun>', t({ id: 'perangkat unsur: 2017 (Permen PANRB 14/2017, bawaan) atau 2014 (16/2014, untuk membandingkan laporan lama)', en: 'element set: 2017 (Permen PANRB 14/2017, the default) or 2014 (16/2014, to compare with old reports)' }), (value: string) => {
      if (value !== '2017' && value !== '2014') throw new InvalidArgumentError(t({ id: 'Pilih 2017 atau 2014.', en: 'Choose 2017 or 2014.' }));
      return value;
    })
    .option('--pengaturan <berkas>', t({ id: 'skm.yaml: unsur tambahan dan bobotnya, populasi per layanan (bawaan: skm.yaml di folder --unit)', en: 'skm.yaml: extra elements and their weights, population per service (default: skm.yaml in the --unit folder)' }))
    // Choices and the default are said here, not by commander, whose "(default: …)" would be English.
    .option('--format <format>', t({ id: 'keluaran: text (tabel, bawaan), json atau csv (untuk sistem lain)', en: 'output: text (a table, the default), json or csv (for other systems)' }), (value: string) => {
      if (!(SURVEY_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(t({ id: 'Pilih text, json atau csv.', en: 'Choose text, json or csv.' }));
      return value;
    })
    .option('-o, --out <berkas>', t({ id: 'tulis hasilnya ke berkas ini, bukan ke layar', en: 'write the results to this file, not to the screen' }))
    .action(async (files: string[], flags: HitungFlags) => {
      const { format = 'text', out, ...options } = flags;
      const outcome = await computeSurvey(files, { ...options, cwd: ctx.io.cwd, lang: ctx.lang });
      if (outcome.diagnostics.length > 0) ctx.io.stderr.write(stylish({ diagnostics: outcome.diagnostics, files: outcome.files }, { lang: ctx.lang, color: ctx.color }));
      if (!outcome.results) {
        if (outcome.stop) ctx.io.stderr.write(`✖ ${outcome.stop}\n`);
        ctx.setExitCode(EXIT.usage);
        return;
      }
      const text = formatSurvey(outcome.results, format, ctx.lang);
      if (out === undefined) ctx.io.stdout.write(text);
      else {
        const target = resolve(ctx.io.cwd, out);
        try {
          await writeFileAtomic(target, text);
        } catch (err) {
          ctx.io.stderr.write(t({ id: `✖ ${out} tidak dapat ditulis (${(err as NodeJS.ErrnoException).code ?? String(err)}).\n`, en: `✖ ${out} cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)}).\n` }));
          ctx.setExitCode(EXIT.usage);
          return;
        }
        const shown = relative(ctx.io.cwd, target) || target;
        ctx.io.stdout.write(t({ id: `✔ Hasil ditulis ke ${shown}\n`, en: `✔ Results written to ${shown}\n` }));
      }
      const unreadable = outcome.diagnostics.some((d) => isSetupProblem(d) || isUnreadable(d));
      ctx.setExitCode(unreadable ? EXIT.usage : outcome.diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok);
    });
}

/** `standar skm`'s subcommands, in the order help lists them. */
const SUBCOMMANDS: readonly SkmSubcommand[] = [registerHitung];

export function registerSkm(program: Command, ctx: CliContext): void {
  const skm = program
    .command('skm')
    .description(ctx.t({ id: 'Survei Kepuasan Masyarakat (Permen PANRB 14/2017): dari tanggapan sampai indeks.', en: 'The public satisfaction survey (Permen PANRB 14/2017): from responses to the index.' }));
  for (const add of SUBCOMMANDS) add(skm, ctx);
}
