import { fill, type Lang } from '../i18n/index.js';
import { decimal, longDate } from '../model/format.js';
import { gradeOf, parseFraction } from './arithmetic.js';
import { NOT_GIVEN } from './tally.js';
import { PERFORMANCE_LABELS, type GroupResult, type Profile, type SurveyResults } from '../model/skm-results.js';
import { UNSUR_SETS } from './unsur.js';

/**
 * The results as people and other systems read them: a table in the terminal (Indonesian, or
 * English with --lang en), JSON (the results model itself) and CSV (one row for the unit and one
 * per service, unrounded numbers with a decimal point, for spreadsheets and dashboards).
 */
export type SurveyFormat = 'text' | 'json' | 'csv';
export const SURVEY_FORMATS: readonly SurveyFormat[] = ['text', 'json', 'csv'];

const WORDS = {
  title: { id: 'Survei Kepuasan Masyarakat: hasil perhitungan', en: 'Public Satisfaction Survey (SKM): results' },
  period: { id: 'Periode', en: 'Period' },
  until: { id: 's.d.', en: 'to' },
  elements: { id: 'Unsur', en: 'Elements' },
  elementCount: { id: '{n} unsur {regulation}', en: 'the {n} elements of {regulation}' },
  extraCount: { id: ' dan {n} unsur tambahan unit', en: " and {n} of the unit's own" },
  weights: { id: 'Bobot', en: 'Weights' },
  files: { id: 'Berkas', en: 'Files' },
  fileLine: { id: '{rows} baris, {counted} responden, {skipped} dilewati', en: '{rows} rows, {counted} respondents, {skipped} left out' },
  unit: { id: 'Unit (semua jawaban digabung): {n} responden', en: 'Unit (all answers pooled): {n} respondents' },
  element: { id: 'Unsur', en: 'Element' },
  answers: { id: 'Jawaban', en: 'Answers' },
  grade: { id: 'Mutu', en: 'Grade' },
  index: { id: 'IKM {ikm} · nilai konversi {converted} · mutu {grade} ({performance})', en: 'Index {ikm} · converted {converted} · grade {grade} ({performance})' },
  exact: { id: 'sebelum dibulatkan {value}; mutu dibaca dari nilai ini', en: '{value} before rounding; the grade is read from it' },
  noIndex: { id: 'IKM tidak dapat dihitung: tidak ada jawaban.', en: 'No index can be computed: there are no answers.' },
  partial: { id: 'Tanpa jawaban: {codes} (IKM dari unsur lainnya)', en: 'No answers: {codes} (index from the other elements)' },
  weakest: { id: 'Unsur terlemah', en: 'Weakest element' },
  sampleEnough: { id: 'Sampel cukup: {n} responden, minimum {min} untuk populasi {pop} (Krejcie–Morgan)', en: 'Sample large enough: {n} respondents, minimum {min} for a population of {pop} (Krejcie–Morgan)' },
  sampleShort: { id: 'Sampel kurang: {n} responden, kurang dari minimum {min} untuk populasi {pop} (Krejcie–Morgan); kumpulkan {missing} tanggapan lagi', en: 'Sample too small: {n} respondents, fewer than the minimum {min} for a population of {pop} (Krejcie–Morgan); collect {missing} more responses' },
  enough: { id: 'cukup', en: 'enough' },
  short: { id: 'kurang {missing}', en: '{missing} short' },
  services: { id: 'Per layanan', en: 'Per service' },
  code: { id: 'Kode', en: 'Code' },
  service: { id: 'Layanan', en: 'Service' },
  respondents: { id: 'Responden', en: 'Respondents' },
  sampleColumn: { id: 'Sampel (minimum)', en: 'Sample (minimum)' },
  notes: { id: 'Catatan', en: 'Notes' },
  converted: { id: 'Konversi', en: 'Converted' },
  nrrPerElement: { id: 'NRR per unsur', en: 'NRR per element' },
  profile: { id: 'Profil responden (unit)', en: 'Respondent profile (unit)' },
  jenisKelamin: { id: 'Jenis kelamin', en: 'Gender' },
  usia: { id: 'Usia', en: 'Age' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  pekerjaan: { id: 'Pekerjaan', en: 'Occupation' },
  notGiven: { id: 'tidak diisi', en: 'not given' },
  noServices: { id: 'Tanggapan tidak menyebut layanan: hanya hasil unit.', en: 'The responses name no service: unit results only.' },
} as const;

const num = (n: number | null, lang: Lang, digits = 2) => (n === null ? '–' : decimal(n, lang, digits));

/** Columns padded to their widest cell; numbers (those marked) aligned right. */
function table(rows: string[][], right: readonly boolean[], indent = '  '): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => indent + r.map((cell, i) => (right[i] ? cell.padStart(widths[i]!) : i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

function gradeText(g: GroupResult, lang: Lang): string {
  if (g.mutu === null || g.kinerja === null) return '–';
  return `${g.mutu} (${PERFORMANCE_LABELS[g.kinerja][lang]})`;
}

/** The exact value, when rounding to two decimals would show a number of another grade (88,305 shows as 88,31 but is B). */
export function roundingNote(converted: number, grade: string, lang: Lang): string | undefined {
  const shown = parseFraction(decimal(converted, 'en').replace(/,/g, ''));
  return shown && gradeOf(shown).grade !== grade ? fill(WORDS.exact[lang], { value: decimal(converted, lang, 4) }) : undefined;
}

/** Element names in the reader's language; a unit's own elements as the unit wrote them. */
export function elementNames(results: SurveyResults, lang: Lang): Map<string, string> {
  const regulation = UNSUR_SETS[results.perangkatUnsur].unsur;
  return new Map(results.unsur.map((u) => [u.kode, u.tambahan ? u.nama : (regulation.find((r) => r.kode === u.kode)?.nama[lang] ?? u.nama)]));
}

function groupLines(g: GroupResult, results: SurveyResults, lang: Lang): string[] {
  const names = elementNames(results, lang);
  const rows = [[WORDS.element[lang], WORDS.answers[lang], 'NRR', 'NRR×25', WORDS.grade[lang]], ...g.unsur.map((u) => [`${u.kode}  ${names.get(u.kode)}`, String(u.jawaban), num(u.nrr, lang), num(u.konversi, lang), u.mutu ?? '–'])];
  const out = table(rows, [false, true, true, true, false]);
  if (g.ikm === null || g.konversi === null) out.push(`  ${WORDS.noIndex[lang]}`);
  else {
    const note = roundingNote(g.konversi, g.mutu!, lang);
    out.push(`  ${fill(WORDS.index[lang], { ikm: num(g.ikm, lang), converted: num(g.konversi, lang), grade: g.mutu!, performance: PERFORMANCE_LABELS[g.kinerja!][lang] })}${note ? ` (${note})` : ''}`);
  }
  if (g.tanpaJawaban.length > 0 && g.responden > 0) out.push(`  ${fill(WORDS.partial[lang], { codes: g.tanpaJawaban.join(', ') })}`);
  if (g.terlemah.length > 0) {
    const weakest = g.terlemah.map((k) => `${k} ${names.get(k)} (${num(g.unsur.find((u) => u.kode === k)!.nrr, lang)})`).join(', ');
    out.push(`  ${WORDS.weakest[lang]}: ${weakest}`);
  }
  if (g.sampel) {
    const params = { n: g.responden, min: decimal(g.sampel.minimum, lang, 0), pop: decimal(g.sampel.populasi, lang, 0), missing: g.sampel.minimum - g.responden };
    out.push(`  ${fill((g.sampel.cukup ? WORDS.sampleEnough : WORDS.sampleShort)[lang], params)}`);
  }
  return out;
}

function profileLines(profile: Profile, total: number, lang: Lang): string[] {
  const rows = (Object.keys(profile) as (keyof Profile)[]).map((key) => {
    const parts = profile[key]
      .filter((c) => c.jumlah > 0)
      .map((c) => `${c.label === NOT_GIVEN ? WORDS.notGiven[lang] : c.label} ${c.jumlah} (${decimal((100 * c.jumlah) / total, lang, 1)}%)`);
    return [WORDS[key][lang], parts.join(' · ') || '–'];
  });
  return table(rows, [false, false]);
}

export function formatSurveyText(results: SurveyResults, lang: Lang): string {
  const out: string[] = [WORDS.title[lang]];
  if (results.periode) out.push(`${WORDS.period[lang]}: ${results.periode.kode} (${longDate(results.periode.mulai, lang)} ${WORDS.until[lang]} ${longDate(results.periode.selesai, lang)})`);
  const extra = results.unsur.filter((u) => u.tambahan).length;
  out.push(`${WORDS.elements[lang]}: ${fill(WORDS.elementCount[lang], { n: results.unsur.length - extra, regulation: UNSUR_SETS[results.perangkatUnsur].peraturan })}${extra > 0 ? fill(WORDS.extraCount[lang], { n: extra }) : ''}`);
  out.push(`${WORDS.weights[lang]}: ${results.bobot.catatan}`);
  out.push(`${WORDS.files[lang]}:`);
  for (const f of results.berkas) {
    const sheets = f.lembar.length > 0 ? ` (${f.lembar.join(', ')})` : '';
    out.push(`  ${f.berkas}${sheets}: ${fill(WORDS.fileLine[lang], { rows: f.baris, counted: f.responden, skipped: f.dilewati })}`);
  }
  out.push('', fill(WORDS.unit[lang], { n: results.unit.responden }), ...groupLines(results.unit, results, lang));
  out.push('', WORDS.services[lang]);
  if (results.layanan.length === 0) out.push(`  ${WORDS.noServices[lang]}`);
  else {
    const sampled = results.layanan.some((g) => g.sampel);
    const sample = (g: GroupResult) => (g.sampel ? `${decimal(g.sampel.minimum, lang, 0)} ${g.sampel.cukup ? WORDS.enough[lang] : fill(WORDS.short[lang], { missing: g.sampel.minimum - g.responden })}` : '–');
    const summary = [
      [WORDS.code[lang], WORDS.service[lang], WORDS.respondents[lang], ...(sampled ? [WORDS.sampleColumn[lang]] : []), 'IKM', WORDS.converted[lang], WORDS.grade[lang]],
      ...results.layanan.map((g) => [g.kode!, g.nama ?? '', String(g.responden), ...(sampled ? [sample(g)] : []), num(g.ikm, lang), num(g.konversi, lang), gradeText(g, lang)]),
    ];
    out.push(...table(summary, [false, false, true, ...(sampled ? [false] : []), true, true, false]));
    const matrix = [[WORDS.nrrPerElement[lang], ...results.unsur.map((u) => u.kode)], ...results.layanan.map((g) => [g.kode!, ...g.unsur.map((u) => num(u.nrr, lang))])];
    out.push('', ...table(matrix, [false, ...results.unsur.map(() => true)]));
    const notes = results.layanan.flatMap((g) => {
      const exact = g.konversi !== null && roundingNote(g.konversi, g.mutu!, lang);
      return [
        ...(g.tanpaJawaban.length > 0 ? [`${g.kode}: ${fill(WORDS.partial[lang], { codes: g.tanpaJawaban.join(', ') })}`] : []),
        ...(exact ? [`${g.kode}: ${num(g.konversi, lang)} ${g.mutu}, ${exact}`] : []),
      ];
    });
    if (notes.length > 0) out.push('', `${WORDS.notes[lang]}:`, ...notes.map((n) => `  ${n}`));
  }
  if (results.unit.responden > 0) out.push('', WORDS.profile[lang], ...profileLines(results.unit.profil, results.unit.responden, lang));
  return out.join('\n') + '\n';
}

const csvField = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function formatSurveyCsv(results: SurveyResults): string {
  const codes = results.unsur.map((u) => u.kode);
  const header = ['tingkat', 'kode', 'nama', 'responden', ...codes.flatMap((k) => [`${k}_jawaban`, `${k}_nrr`]), 'ikm', 'konversi', 'mutu', 'kinerja', 'terlemah', 'tanpa_jawaban', 'populasi', 'sampel_minimum'];
  const row = (level: string, g: GroupResult) => [
    level,
    g.kode ?? '',
    g.nama ?? '',
    g.responden,
    ...g.unsur.flatMap((u) => [u.jawaban, u.nrr]),
    g.ikm,
    g.konversi,
    g.mutu,
    g.kinerja,
    g.terlemah.join(' '),
    g.tanpaJawaban.join(' '),
    g.sampel?.populasi ?? null,
    g.sampel?.minimum ?? null,
  ];
  return [header, row('unit', results.unit), ...results.layanan.map((g) => row('layanan', g))].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export function formatSurvey(results: SurveyResults, format: SurveyFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  return format === 'csv' ? formatSurveyCsv(results) : formatSurveyText(results, lang);
}
