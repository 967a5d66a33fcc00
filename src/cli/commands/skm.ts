import { InvalidArgumentError, type Command } from 'commander';
import { relative, resolve } from 'node:path';
import { isSetupProblem, isUnreadable } from '../../diagnostics.js';
import { writeFileAtomic } from '../../files/write.js';
import { stylish } from '../../report/formatters/stylish.js';
import { computeSurvey, type SurveyOptions } from '../../survey/hitung.js';
import { formatSurvey, SURVEY_FORMATS, type SurveyFormat } from '../../survey/output.js';
import { parsePeriod } from '../../survey/period.js';
import { EXIT, type CliContext } from '../io.js';
import { publishKuesioner } from '../../publish/kuesioner.js';
import { FOLLOW_UP_FILE, publishSurveyReport, SURVEY_REPORT_FORMATS, type SurveyReportFormat } from '../../publish/skm-laporan.js';
import { addPdfOptions, printRequest, publishWatch, reportPdf, type PdfFlags } from '../pdf-output.js';
import { printOutcome } from '../publish-report.js';
import { missedAny } from '../../publish/report.js';
import { addPublishOptions, printDiagnostics, shownDir } from './render-shared.js';

/** One subcommand of `standar skm`: it adds itself to the `skm` command. */
type SkmSubcommand = (skm: Command, ctx: CliContext) => void;

/** The flags are the library's options, plus where and how to write the results. */
type HitungFlags = Omit<SurveyOptions, 'cwd' | 'lang'> & { format?: SurveyFormat; out?: string };

/** The options of the computation, which `hitung` and `laporan` share: the unit, period, weights, population, element set and skm.yaml. */
function addSurveyOptions(command: Command, ctx: CliContext): Command {
  const { t } = ctx;
  return command
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
    .option('--pengaturan <berkas>', t({ id: 'skm.yaml: unsur tambahan dan bobotnya, populasi per layanan (bawaan: skm.yaml di folder --unit)', en: 'skm.yaml: extra elements and their weights, population per service (default: skm.yaml in the --unit folder)' }));
}

function registerHitung(skm: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = skm
    .command('hitung')
    .alias('compute')
    .description(
      t({
        id: 'Periksa tanggapan survei (.xlsx/.csv, satu baris per responden) sel demi sel, lalu hitung NRR per unsur, IKM, mutu dan profil responden per layanan dan untuk unit (semua jawaban digabung).',
        en: 'Check survey responses (.xlsx/.csv, one row per respondent) cell by cell, then compute the NRR per element, the index, the grade and the respondent profile per service and for the unit (all answers pooled).',
      }),
    )
    .helpOption('-h, --help', t({ id: 'tampilkan bantuan', en: 'show help' }))
    .argument('<tanggapan...>', t({ id: 'berkas tanggapan .xlsx atau .csv', en: '.xlsx or .csv response files' }));
  addSurveyOptions(command, ctx)
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

interface KuesionerFlags extends PdfFlags {
  layanan?: string[];
  out?: string;
  to?: string;
  templateDir?: string;
}

/** "a,b" and "a b" alike: codes given after --layanan, in one word or several. */
const codesOf = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

function registerKuesioner(skm: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = skm
    .command('kuesioner')
    .description(t({
      id: 'Buat kuesioner SKM cetak untuk setiap layanan (A4 satu halaman: 9 unsur PermenPANRB 14/2017, data responden, kode QR ke formulir daring bila skm.formulir diisi) dan templat isian tanggapan (.xlsx dengan daftar pilihan, dan .csv).',
      en: 'Make the printed SKM questionnaire of each service (one A4 page: the 9 elements of PermenPANRB 14/2017, the respondent profile, a QR code to the online form when skm.formulir is set) and the response entry template (.xlsx with drop-down lists, and .csv).',
    }))
    .argument('[unit]', t({ id: 'folder unit; bawaan: folder ini', en: 'unit folder; default: this folder' }))
    .option('--layanan <kode...>', t({ id: 'kode layanan, boleh beberapa (dipisah spasi atau koma); bawaan: semua layanan unit', en: 'service codes, several allowed (space- or comma-separated); default: every service of the unit' }), codesOf)
    .option('-o, --out <folder>', t({ id: 'folder tujuan (bawaan: kuesioner)', en: 'output folder (default: kuesioner)' }));
  addPdfOptions(addPublishOptions(command, ctx), ctx, { booklet: false, poster: false }).action(async (unit: string | undefined, flags: KuesionerFlags) => {
    const outDir = resolve(ctx.io.cwd, flags.out ?? 'kuesioner');
    const where = shownDir(ctx, outDir);
    const { hooks, findings, interrupted } = publishWatch(ctx);
    const outcome = await publishKuesioner({ ...printRequest(ctx, flags), unit, services: flags.layanan, outDir, shownOut: where, target: flags.to ?? 'html', templateDir: flags.templateDir }, hooks);
    const { diagnostics, files, notWritten, pdf, stop, templates } = outcome;
    findings(diagnostics, files);
    if (stop) {
      ctx.io.stderr.write(stop.obstacles ?? '');
      // Obstacles say themselves what was not written; the other reasons complete this line.
      ctx.io.stderr.write(stop.obstacles === undefined ? t({ id: `✖ 0 berkas ditulis: ${stop.why.id}\n`, en: `✖ 0 files written: ${stop.why.en}\n` }) : `✖ ${t(stop.why)}\n`);
      printOutcome(ctx, undefined, notWritten);
      ctx.setExitCode(stop.reason === 'templateFailed' || (stop.reason === 'templates' && !diagnostics.some((d) => d.rule === 'io')) ? EXIT.problems : EXIT.usage);
      return;
    }
    let pdfCode: number = EXIT.ok;
    if (pdf) {
      pdfCode = reportPdf(ctx, pdf, outDir, interrupted());
      if (pdf.diagnostics.length > 0) printDiagnostics(ctx, pdf.diagnostics, files);
    } else {
      const n = outcome.questionnaires.length;
      ctx.io.stdout.write(t({ id: `✔ ${n} kuesioner ${outcome.extension.toUpperCase()} ditulis ke ${where}\n`, en: `✔ ${n} ${outcome.extension.toUpperCase()} questionnaire${n === 1 ? '' : 's'} written to ${where}\n` }));
    }
    if (templates.written.length > 0) ctx.io.stdout.write(t({ id: `✔ Templat isian tanggapan ditulis: ${templates.written.join(', ')}\n`, en: `✔ Response entry template written: ${templates.written.join(', ')}\n` }));
    if (templates.unchanged.length > 0) ctx.io.stdout.write(t({ id: `✔ Templat isian tanggapan sudah ada dan tidak berubah: ${templates.unchanged.join(', ')}\n`, en: `✔ Response entry template already there, unchanged: ${templates.unchanged.join(', ')}\n` }));
    for (const kept of templates.kept) {
      ctx.io.stderr.write(t({
        id: `ℹ ${where}${kept} sudah ada dan isinya berbeda dari templat ini (mungkin sudah berisi tanggapan): tidak ditimpa. Pindahkan atau ganti namanya bila perlu templat baru.\n`,
        en: `ℹ ${where}${kept} is already there and differs from this template (it may hold responses): not replaced. Move or rename it to get a new template.\n`,
      }));
    }
    printOutcome(ctx, undefined, notWritten);
    const failed = outcome.errors || missedAny(notWritten);
    ctx.setExitCode(outcome.unreadable ? EXIT.usage : pdfCode > EXIT.problems ? pdfCode : failed ? EXIT.problems : pdfCode);
  });
}

interface LaporanFlags extends Pick<PdfFlags, 'chromium' | 'timeout'>, Omit<SurveyOptions, 'cwd' | 'lang'> {
  sebelumnya?: string[];
  tindakLanjut?: string;
  out?: string;
  to?: SurveyReportFormat[];
  templateDir?: string;
}

function registerLaporan(skm: Command, ctx: CliContext): void {
  const { t } = ctx;
  const command = skm
    .command('laporan')
    .alias('report')
    .description(t({
      id: 'Buat laporan SKM untuk diterbitkan (HTML dan/atau PDF A4): NRR per unsur, IKM, mutu, hasil per layanan, profil responden, grafik, ringkasan, tren dari periode sebelumnya dan rencana tindak lanjut; hasilnya juga sebagai JSON dan CSV.',
      en: 'Make the SKM report to publish (HTML and/or A4 PDF): NRR per element, index, grade, results per service, respondent profile, charts, a summary, the trend from earlier periods and the follow-up plan; the results also as JSON and CSV.',
    }))
    .helpOption('-h, --help', t({ id: 'tampilkan bantuan', en: 'show help' }))
    .argument('<tanggapan...>', t({ id: 'berkas tanggapan .xlsx atau .csv', en: '.xlsx or .csv response files' }));
  addSurveyOptions(command, ctx)
    // One value per flag (repeated, or separated by commas): a list taking every word after it would swallow the responses named after it.
    .option('--sebelumnya <hasil>', t({ id: 'hasil periode sebelumnya untuk tren (hasil-<PERIODE>.json dari laporan atau "skm hitung --format json"); ulangi atau pisahkan dengan koma untuk beberapa. Tanpa opsi ini, dipakai skm/hasil-*.json unit (--unit) dari periode sebelumnya yang sama panjangnya', en: 'an earlier period\'s results for the trend (hasil-<PERIODE>.json of a report, or "skm hitung --format json"); repeat it or separate with commas for several. Without it, the unit\'s (--unit) skm/hasil-*.json of earlier periods of the same length are used' }), codesOf)
    .option('--tindak-lanjut <berkas>', t({ id: `rencana tindak lanjut (bawaan: ${FOLLOW_UP_FILE} di folder --out, bila ada)`, en: `follow-up plan (default: ${FOLLOW_UP_FILE} in the --out folder, if there is one)` }))
    .option('-o, --out <folder>', t({ id: 'folder tujuan (bawaan: laporan-skm)', en: 'output folder (default: laporan-skm)' }))
    .option('--to <format>', t({ id: 'html, pdf, atau html,pdf untuk keduanya (bawaan: html)', en: 'html, pdf, or html,pdf for both (default: html)' }), (value: string) => {
      const formats = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()))];
      if (formats.length === 0 || !formats.every((f) => (SURVEY_REPORT_FORMATS as readonly string[]).includes(f))) throw new InvalidArgumentError(t({ id: 'Pilihannya: html, pdf, atau html,pdf.', en: 'The choices are: html, pdf, or html,pdf.' }));
      return formats;
    })
    .option('--template-dir <folder>', t({ id: 'folder templat pengganti (lihat docs/templates.md)', en: 'folder of replacement templates (see docs/templates.md)' }));
  addPdfOptions(command, ctx, { booklet: false, poster: false }).action(async (files: string[], flags: LaporanFlags) => {
    const { sebelumnya, tindakLanjut, out, to = ['html'], templateDir, chromium, timeout, ...survey } = flags;
    const outDir = resolve(ctx.io.cwd, out ?? 'laporan-skm');
    const where = shownDir(ctx, outDir);
    const { hooks, findings, interrupted } = publishWatch(ctx);
    const outcome = await publishSurveyReport(
      { ...printRequest(ctx, { chromium, timeout }), responses: files, survey, earlier: sebelumnya, followUp: tindakLanjut, outDir, shownOut: where, formats: to, templateDir },
      hooks,
    );
    findings(outcome.diagnostics, outcome.files);
    const { stop } = outcome;
    if (stop) {
      ctx.io.stderr.write(stop.obstacles ?? '');
      ctx.io.stderr.write(stop.obstacles === undefined ? t({ id: `✖ Laporan tidak dibuat: ${stop.why.id}\n`, en: `✖ No report was made: ${stop.why.en}\n` }) : `✖ ${t(stop.why)}\n`);
      const problems = stop.reason === 'noRespondents' || stop.reason === 'inputs' || stop.reason === 'templateFailed' || stop.reason === 'partial';
      ctx.setExitCode(outcome.unreadable || !problems ? EXIT.usage : EXIT.problems);
      return;
    }
    const others = outcome.written.filter((f) => !f.endsWith('.pdf'));
    if (others.length > 0) ctx.io.stdout.write(t({ id: `✔ Ditulis ke ${where}: ${others.join(', ')}\n`, en: `✔ Written to ${where}: ${others.join(', ')}\n` }));
    const pdfCode = outcome.pdf ? reportPdf(ctx, outcome.pdf, outDir, interrupted()) : EXIT.ok;
    if (outcome.earlier.length > 0) {
      const files = outcome.earlier.map((e) => e.file).join(', ');
      ctx.io.stdout.write(t({ id: `ℹ Tren dari periode sebelumnya: ${files}.\n`, en: `ℹ Trend from earlier periods: ${files}.\n` }));
    }
    if (outcome.plan) {
      const n = outcome.plan.rencana.length;
      ctx.io.stdout.write(t({ id: `ℹ Rencana tindak lanjut dari ${outcome.plan.file}: ${n} butir.\n`, en: `ℹ Follow-up plan from ${outcome.plan.file}: ${n} item${n === 1 ? '' : 's'}.\n` }));
    } else {
      ctx.io.stdout.write(t({
        id: `ℹ Laporan ini tanpa rencana tindak lanjut: tulis ${where}${FOLLOW_UP_FILE} (lihat docs/skm.md), lalu buat laporannya lagi.\n`,
        en: `ℹ This report has no follow-up plan: write ${where}${FOLLOW_UP_FILE} (see docs/skm.md), then make the report again.\n`,
      }));
    }
    const errors = outcome.diagnostics.some((d) => d.severity === 'error');
    ctx.setExitCode(outcome.unreadable ? EXIT.usage : pdfCode > EXIT.problems ? pdfCode : errors ? EXIT.problems : pdfCode);
  });
}

/** `standar skm`'s subcommands, in the order help lists them. */
const SUBCOMMANDS: readonly SkmSubcommand[] = [registerKuesioner, registerHitung, registerLaporan];

export function registerSkm(program: Command, ctx: CliContext): void {
  const skm = program
    .command('skm')
    .description(ctx.t({ id: 'Survei Kepuasan Masyarakat (Permen PANRB 14/2017): dari kuesioner sampai indeks.', en: 'The public satisfaction survey (Permen PANRB 14/2017): from the questionnaire to the index.' }));
  for (const add of SUBCOMMANDS) add(skm, ctx);
}
