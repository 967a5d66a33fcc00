import { fill, listAnd, type Lang, type Text } from '../i18n/index.js';
import { decimal, groupDigits, longDate } from '../model/format.js';
import type { PageRequest } from '../render/engine/page.js';
import { GRADE_BOUNDS, toNumber } from './arithmetic.js';
import { elementNames, roundingNote } from './output.js';
import { barChart, lineChart, type BarChartView, type LineChartView } from './report-charts.js';
import type { EarlierResults, FollowUpPlan } from './report-inputs.js';
import { REPORT_SENTENCES as S, REPORT_WORDS, STATUS_WORDS, type ReportWord } from './report-words.js';
import { NOT_GIVEN } from './tally.js';
import { PERFORMANCE_LABELS, type GroupResult, type Performance, type Profile, type SurveyResults } from '../model/skm-results.js';
import { UNSUR_SETS } from './unsur.js';

/**
 * The survey report (`standar skm laporan`) as a view model for templates/skm-laporan.hbs: every
 * number from `SurveyResults` (computed once, by `computeSurvey`), formatted for reading; the
 * summary's sentences said only of what the numbers show; the follow-up plan as the unit wrote
 * it, or the plain statement that there is none. docs/templates.md lists the fields.
 */

export interface SurveyReportInput {
  results: SurveyResults;
  /** Earlier periods' results, oldest first (`readEarlierResults`). */
  earlier: readonly EarlierResults[];
  plan?: FollowUpPlan;
  /** The unit's name as its letterhead gives it; the report says "the unit" without one. */
  unitName?: string;
  lang: Lang;
}

interface ElementRow {
  no: number;
  kode: string;
  nama: string;
  jawaban: string;
  nrr: string;
  tertimbang: string;
  konversi: string;
  mutu: string;
  terlemah: boolean;
}

interface Figure<C> {
  id: string;
  judul: string;
  deskripsi: string;
  keterangan: string;
  grafik: C;
}

export interface SurveyReportView {
  kata: Record<ReportWord, string>;
  judul: string;
  unit?: string;
  periode?: { kode: string; rentang: string };
  responden: string;
  perangkat: string;
  angka?: { konversi: string; ikm: string; mutu: string; kinerja: string };
  ringkasan: string[];
  unsur: { baris: ElementRow[]; jumlahTertimbang: string; konversi: string; mutuKinerja: string; catatanBulat?: string };
  grafikUnsur: Figure<BarChartView>;
  terlemah: string[];
  layanan?: { baris: { kode: string; nama: string; responden: string; ikm: string; konversi: string; mutu: string; sampel?: string }[]; adaSampel: boolean; kodeUnsur: string[]; matriks: { kode: string; nilai: string[] }[] };
  profil: { id: string; judul: string; baris: { label: string; jumlah: string; persen: string }[]; jumlah: string }[];
  sampel: string[];
  tren?: { grafik: Figure<LineChartView>; baris: { periode: string; responden: string; konversi: string; mutu: string; sumber: string; catatan?: string; sekarang: boolean }[] };
  tindakLanjut?: { sumber: string; baris: { no: number; unsur: string; layanan: string; perbaikan: string; penanggungJawab: string; tenggat: string; status: string; catatan?: string }[] };
  tanpaTindakLanjut?: string;
  metode: { dasar: string; bobot: string; varian?: string; rumus: string; pembulatan: string; mutu: { rentang: string; mutu: string; kinerja: string }[] };
  /** Each responses file and what was read from it. */
  sumber: string[];
}

const num = (n: number | null, lang: Lang, digits = 2) => (n === null ? '–' : decimal(n, lang, digits));
const performance = (p: Performance | null, lang: Lang) => (p === null ? '–' : PERFORMANCE_LABELS[p][lang]);
const say = (text: Text, lang: Lang, params: Record<string, string | number> = {}) => fill(text[lang], params);
const periodRange = (p: { mulai: string; selesai: string }, lang: Lang) => `${longDate(p.mulai, lang)} ${REPORT_WORDS.until[lang]} ${longDate(p.selesai, lang)}`;

/** How an earlier period's computation differs from this one's, in words, or undefined when it does not. */
function otherMethod(earlier: SurveyResults, current: SurveyResults, lang: Lang): string | undefined {
  const differences: string[] = [];
  if (earlier.perangkatUnsur !== current.perangkatUnsur) differences.push(UNSUR_SETS[earlier.perangkatUnsur].peraturan);
  if (earlier.bobot.cara !== current.bobot.cara || earlier.bobot.nilai !== current.bobot.nilai) differences.push(earlier.bobot.catatan);
  return differences.length > 0 ? say(S.trendOther, lang, { how: differences.join('; ') }) : undefined;
}

function summary(input: SurveyReportInput, names: Map<string, string>): string[] {
  const { results, earlier, plan, lang } = input;
  const unit = results.unit;
  const out: string[] = [];
  const period = results.periode ? say(S.overviewPeriod, lang, { period: `${results.periode.kode} (${periodRange(results.periode, lang)})` }) : '';
  out.push(say(S.overview, lang, { unit: input.unitName ?? (lang === 'id' ? 'unit ini' : 'this unit'), period, n: groupDigits(unit.responden, lang) }));
  if (unit.konversi === null) {
    out.push(REPORT_WORDS.noIndex[lang]);
    return out;
  }
  out.push(say(S.index, lang, { value: num(unit.konversi, lang), grade: unit.mutu!, performance: performance(unit.kinerja, lang) }));
  const answered = unit.unsur.filter((u) => u.nrr !== null);
  const top = Math.max(...answered.map((u) => u.nrr!));
  const low = Math.min(...answered.map((u) => u.nrr!));
  const named = (codes: string[]) => listAnd(codes.map((k) => `${names.get(k)} (${num(unit.unsur.find((u) => u.kode === k)!.nrr, lang)})`), lang);
  if (top === low) out.push(say(S.allEqual, lang, { value: num(top, lang) }));
  else out.push(say(S.best, lang, { names: named(answered.filter((u) => u.nrr === top).map((u) => u.kode)), weakest: named(unit.terlemah) }));
  const below = answered.filter((u) => u.mutu === 'C' || u.mutu === 'D');
  out.push(below.length > 0 ? say(S.belowB, lang, { list: listAnd(below.map((u) => `${names.get(u.kode)} (${u.mutu})`), lang) }) : S.allAtLeastB[lang]);
  if (unit.tanpaJawaban.length > 0) out.push(say(S.unanswered, lang, { list: listAnd(unit.tanpaJawaban.map((k) => names.get(k) ?? k), lang) }));
  const rated = results.layanan.filter((g) => g.konversi !== null);
  if (rated.length >= 2) {
    const best = rated.reduce((a, b) => (b.konversi! > a.konversi! ? b : a));
    const worst = rated.reduce((a, b) => (b.konversi! < a.konversi! ? b : a));
    if (best !== worst) out.push(say(S.services, lang, { n: rated.length, best: best.nama ?? best.kode!, bestValue: num(best.konversi, lang), worst: worst.nama ?? worst.kode!, worstValue: num(worst.konversi, lang) }));
  }
  const previous = [...earlier].reverse().find((e) => e.results.unit.konversi !== null)?.results;
  if (previous) {
    // Compared as shown: a change that rounds to 0,00 is no change to a reader.
    const diff = Number(decimal(unit.konversi, 'en').replace(/,/g, '')) - Number(decimal(previous.unit.konversi!, 'en').replace(/,/g, ''));
    const params = { period: previous.periode!.kode, value: num(previous.unit.konversi, lang), diff: num(Math.abs(diff), lang) };
    out.push(say(Math.abs(diff) < 0.005 ? S.trendSame : diff > 0 ? S.trendUp : S.trendDown, lang, params));
    if (otherMethod(previous, results, lang)) out.push(S.trendMethod[lang]);
    if (previous.unit.mutu !== unit.mutu) out.push(say(S.gradeChange, lang, { from: previous.unit.mutu!, to: unit.mutu! }));
  }
  if (unit.sampel) out.push(sampleSentence(unit, lang));
  if (results.bobot.cara === 'dibulatkan') out.push(roundedWeightNote(results, lang));
  else if (results.bobot.cara === 'khusus') out.push(S.ownWeights[lang]);
  if (plan) {
    const counts = Object.keys(STATUS_WORDS)
      .map((status) => ({ status, n: plan.rencana.filter((r) => r.status === status).length }))
      .filter((c) => c.n > 0)
      .map((c) => `${c.n} ${STATUS_WORDS[c.status]![lang].toLowerCase()}`);
    out.push(say(S.plan, lang, { n: plan.rencana.length, states: listAnd(counts, lang) }));
    const missed = unit.terlemah.filter((k) => !plan.rencana.some((r) => r.unsur === k));
    if (missed.length > 0) out.push(say(S.planMisses, lang, { list: listAnd(missed.map((k) => names.get(k) ?? k), lang) }));
  } else out.push(S.noPlan[lang]);
  return out;
}

/** That the index reproduces a published variant: a rounded weight ("0.111", as written) instead of 1/n. */
function roundedWeightNote(results: SurveyResults, lang: Lang): string {
  const written = results.bobot.nilai!;
  return say(S.rounded, lang, { weight: decimal(Number(written), lang, written.length - 2), n: results.unsur.length });
}

function sampleSentence(g: GroupResult, lang: Lang): string {
  const s = g.sampel!;
  const params = { n: groupDigits(g.responden, lang), min: groupDigits(s.minimum, lang), pop: groupDigits(s.populasi, lang), missing: groupDigits(s.minimum - g.responden, lang) };
  return say(s.cukup ? S.sampleEnough : S.sampleShort, lang, params);
}

const OPEN_RANGES: Record<string, Text> = { '<': { id: 'di bawah {n}', en: 'under {n}' }, '≤': { id: '{n} ke bawah', en: '{n} and under' }, '>': { id: 'di atas {n}', en: 'over {n}' }, '≥': { id: '{n} ke atas', en: '{n} and over' } };

/** A profile category in words: "≥ 60" reads "60 ke atas", as the questionnaire prints it (and the shipped print fonts have no "≥"). */
function categoryWords(label: string, lang: Lang): string {
  if (label === NOT_GIVEN) return REPORT_WORDS.notGiven[lang];
  const open = /^([<>≤≥])\s*(\d+)$/.exec(label);
  return open ? say(OPEN_RANGES[open[1]!]!, lang, { n: open[2]! }) : label;
}

function profileTables(profile: Profile, total: number, lang: Lang): SurveyReportView['profil'] {
  const headings: Record<keyof Profile, Text> = {
    jenisKelamin: { id: 'Jenis kelamin', en: 'Gender' },
    usia: { id: 'Usia (tahun)', en: 'Age (years)' },
    pendidikan: { id: 'Pendidikan', en: 'Education' },
    pekerjaan: { id: 'Pekerjaan', en: 'Occupation' },
  };
  return (Object.keys(headings) as (keyof Profile)[]).map((key) => ({
    id: `profil-${key}`,
    judul: headings[key][lang],
    baris: profile[key].map((c) => ({ label: categoryWords(c.label, lang), jumlah: groupDigits(c.jumlah, lang), persen: total > 0 ? `${decimal((100 * c.jumlah) / total, lang, 1)}%` : '–' })),
    jumlah: groupDigits(total, lang),
  }));
}

function gradeTable(lang: Lang): SurveyReportView['metode']['mutu'] {
  const bounds = [...GRADE_BOUNDS].reverse();
  return bounds.map((b, i) => {
    const lo = Math.max(toNumber(b.from), 25);
    const next = bounds[i + 1];
    const hi = next ? toNumber(next.from) - 0.01 : 100;
    return { rentang: `${decimal(lo, lang)}–${decimal(hi, lang)}`, mutu: b.grade, kinerja: performance(b.kinerja, lang) };
  }).reverse();
}

/** The report's page: its template, title, print footer and view. */
export function surveyReportRequest(input: SurveyReportInput): { request: PageRequest; footer: string } {
  const { results, earlier, plan, lang } = input;
  const names = elementNames(results, lang);
  const kata = Object.fromEntries(Object.entries(REPORT_WORDS).map(([k, t]) => [k, t[lang]])) as Record<ReportWord, string>;
  const unit = results.unit;
  const regulation = UNSUR_SETS[results.perangkatUnsur].peraturan;
  const extra = results.unsur.filter((u) => u.tambahan).length;

  const rows: ElementRow[] = unit.unsur.map((u, i) => ({
    no: i + 1,
    kode: u.kode,
    nama: names.get(u.kode) ?? u.kode,
    jawaban: groupDigits(u.jawaban, lang),
    nrr: num(u.nrr, lang),
    tertimbang: num(u.nrrTertimbang, lang, 4),
    konversi: num(u.konversi, lang),
    mutu: u.mutu ?? '–',
    terlemah: unit.terlemah.includes(u.kode),
  }));
  const barValues = unit.unsur.map((u) => `${u.kode} ${names.get(u.kode)} ${num(u.konversi, lang)}${u.mutu ? ` (${u.mutu})` : ''}`).join('; ');
  const grafikUnsur: Figure<BarChartView> = {
    id: 'gambar-unsur',
    judul: kata.barChartTitle,
    deskripsi: `${say(S.barDesc, lang, { values: barValues })}${unit.konversi !== null ? ` ${say(S.barIndex, lang, { value: num(unit.konversi, lang) })}` : ''}`,
    keterangan: kata.sameNumbers,
    grafik: barChart(unit.unsur.map((u) => ({ kode: u.kode, konversi: u.konversi })), unit.konversi, lang),
  };

  const view: SurveyReportView = {
    kata,
    judul: kata.title,
    ...(input.unitName ? { unit: input.unitName } : {}),
    ...(results.periode ? { periode: { kode: results.periode.kode, rentang: periodRange(results.periode, lang) } } : {}),
    responden: groupDigits(unit.responden, lang),
    perangkat: `${results.unsur.length - extra} ${lang === 'id' ? 'unsur' : 'elements'}, ${regulation}${extra > 0 ? ` + ${extra}` : ''}`,
    ringkasan: summary(input, names),
    unsur: {
      baris: rows,
      jumlahTertimbang: num(unit.ikm, lang, 4),
      konversi: num(unit.konversi, lang),
      mutuKinerja: unit.mutu ? `${unit.mutu} (${performance(unit.kinerja, lang)})` : '–',
      ...(unit.konversi !== null && unit.mutu && roundingNote(unit.konversi, unit.mutu, lang) ? { catatanBulat: roundingNote(unit.konversi, unit.mutu, lang)! } : {}),
    },
    grafikUnsur,
    terlemah: unit.terlemah.map((k) => {
      const u = unit.unsur.find((e) => e.kode === k)!;
      return say(S.weakestLine, lang, { name: `${k} ${names.get(k)}`, nrr: num(u.nrr, lang), grade: u.mutu ?? '–' });
    }),
    profil: profileTables(unit.profil, unit.responden, lang),
    sampel: [unit.sampel ? sampleSentence(unit, lang) : S.sampleNone[lang], ...results.layanan.filter((g) => g.sampel).map((g) => {
      const s = g.sampel!;
      const verdict = s.cukup ? S.enough[lang] : say(S.short, lang, { missing: groupDigits(s.minimum - g.responden, lang) });
      return say(S.sampleService, lang, { code: g.kode!, n: groupDigits(g.responden, lang), min: groupDigits(s.minimum, lang), pop: groupDigits(s.populasi, lang), verdict });
    })],
    metode: {
      dasar: `${say(S.basis, lang, { regulation })}${extra > 0 ? ` ${say(S.extraElements, lang, { n: extra })}` : ''}`,
      bobot: results.bobot.catatan,
      ...(results.bobot.cara === 'dibulatkan' ? { varian: roundedWeightNote(results, lang) } : {}),
      rumus: S.formula[lang],
      pembulatan: S.rounding[lang],
      mutu: gradeTable(lang),
    },
    sumber: results.berkas.map((f) => `${f.berkas}${f.lembar.length > 0 ? ` (${f.lembar.join(', ')})` : ''}: ${say(S.sources, lang, { rows: groupDigits(f.baris, lang), counted: groupDigits(f.responden, lang), skipped: groupDigits(f.dilewati, lang) })}`),
  };
  if (unit.konversi !== null) view.angka = { konversi: num(unit.konversi, lang), ikm: num(unit.ikm, lang), mutu: unit.mutu!, kinerja: performance(unit.kinerja, lang) };

  if (results.layanan.length > 0) {
    const adaSampel = results.layanan.some((g) => g.sampel);
    view.layanan = {
      adaSampel,
      baris: results.layanan.map((g) => ({
        kode: g.kode!,
        nama: g.nama ?? '',
        responden: groupDigits(g.responden, lang),
        ikm: num(g.ikm, lang),
        konversi: num(g.konversi, lang),
        mutu: g.mutu ? `${g.mutu} (${performance(g.kinerja, lang)})` : '–',
        ...(adaSampel ? { sampel: g.sampel ? `${groupDigits(g.sampel.minimum, lang)} (${g.sampel.cukup ? S.enough[lang] : say(S.short, lang, { missing: groupDigits(g.sampel.minimum - g.responden, lang) })})` : '–' } : {}),
      })),
      kodeUnsur: results.unsur.map((u) => u.kode),
      matriks: results.layanan.map((g) => ({ kode: g.kode!, nilai: g.unsur.map((u) => num(u.nrr, lang)) })),
    };
  }

  if (earlier.length > 0) {
    const current = results.periode?.kode ?? kata.thisReport;
    const points = [...earlier.map((e) => ({ periode: e.results.periode!.kode, konversi: e.results.unit.konversi })), { periode: current, konversi: unit.konversi }];
    view.tren = {
      grafik: {
        id: 'gambar-tren',
        judul: kata.trendChartTitle,
        deskripsi: say(S.trendDesc, lang, { values: points.map((p) => `${p.periode} ${num(p.konversi, lang)}`).join(', ') }),
        keterangan: kata.trendSame,
        grafik: lineChart(points, lang),
      },
      baris: [
        ...earlier.map((e) => {
          const note = otherMethod(e.results, results, lang);
          const g = e.results.unit;
          return { periode: e.results.periode!.kode, responden: groupDigits(g.responden, lang), konversi: num(g.konversi, lang), mutu: g.mutu ? `${g.mutu} (${performance(g.kinerja, lang)})` : '–', sumber: e.file, sekarang: false, ...(note ? { catatan: note } : {}) };
        }),
        { periode: current, responden: groupDigits(unit.responden, lang), konversi: num(unit.konversi, lang), mutu: view.unsur.mutuKinerja, sumber: kata.thisReport, sekarang: true },
      ],
    };
  }

  if (plan) {
    const date = plan.disusun ? say(S.planDate, lang, { date: longDate(plan.disusun, lang) }) : '';
    const services = new Map(results.layanan.map((g) => [g.kode!, g.nama ?? g.kode!]));
    view.tindakLanjut = {
      sumber: say(S.planSource, lang, { file: plan.file, date }),
      baris: plan.rencana.map((r, i) => ({
        no: i + 1,
        unsur: `${r.unsur} ${names.get(r.unsur) ?? ''}`.trim(),
        layanan: r.layanan ? `${services.get(r.layanan)} (${r.layanan})` : kata.unitWide,
        perbaikan: r.perbaikan,
        penanggungJawab: r.penanggungJawab,
        tenggat: /^\d{4}-\d{2}-\d{2}$/.test(r.tenggat) ? longDate(r.tenggat, lang) : r.tenggat,
        status: STATUS_WORDS[r.status]![lang],
        ...(r.catatan ? { catatan: r.catatan } : {}),
      })),
    };
  } else view.tanpaTindakLanjut = S.noPlanDetail[lang];

  const whose = input.unitName ? ` – ${input.unitName}` : '';
  const when = results.periode ? ` ${results.periode.kode}` : '';
  return {
    request: { page: 'skm-laporan', judul: `${kata.title}${when}${whose}`, deskripsi: view.ringkasan.slice(0, 2).join(' '), data: { laporan: view } },
    footer: `${kata.short}${when}${input.unitName ? ` ${input.unitName}` : ''}`,
  };
}
