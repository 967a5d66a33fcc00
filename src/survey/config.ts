import type { Diagnostic } from '../diagnostics.js';
import { didYouMean } from '../i18n/suggest.js';
import type { Lang, MessageDef, Params } from '../i18n/index.js';
import { isRecord } from '../load/guards.js';
import { joinPointer } from '../load/pointer.js';
import { locate, makeDiagnostic, readSource } from '../load/source.js';
import { parseFraction, type Fraction } from './arithmetic.js';
import type { Period, UnsurSetName } from '../model/skm-results.js';
import { parsePeriod } from './period.js';

/**
 * skm.yaml: what a unit sets once for its surveys, next to penyelenggara.yaml or named with
 * --pengaturan. Every key is optional; flags given on the command line win.
 *
 *   unsur: 2017                 # or 2014, the set of PermenPANRB 16/2014
 *   periode: 2026-S1
 *   bobot: tepat                # or 0.111 / 0.11 as some agencies publish; or a weight per element
 *   unsur_tambahan:             # elements the unit asks about beyond the regulation's nine
 *     - kode: U10
 *       nama: Kemudahan layanan daring
 *   populasi:                   # users a year: one number for the unit, or one per service
 *     DUK-KK: 8000
 */
export interface SurveyConfig {
  path: string;
  unsur?: UnsurSetName;
  periode?: Period;
  /** `bobot` as one word or number for every element. */
  bobot?: string;
  /** `bobot` as a weight per element code, each as written and as a fraction. */
  bobotUnsur?: Map<string, { text: string; value: Fraction }>;
  tambahan: { kode: string; nama: string }[];
  populasi?: number;
  populasiLayanan: Map<string, number>;
}

const KEYS = ['unsur', 'periode', 'bobot', 'unsur_tambahan', 'populasi'];

const CONFIG_MESSAGES = {
  notMapping: {
    message: { id: 'skm.yaml harus berupa daftar kunci (unsur, periode, bobot, unsur_tambahan, populasi).', en: 'skm.yaml must be a mapping of keys (unsur, periode, bobot, unsur_tambahan, populasi).' },
  },
  unknownKey: {
    message: { id: 'Kunci "{key}" tidak dikenal di skm.yaml.', en: 'The key "{key}" is not known in skm.yaml.' },
    hint: { id: '{suggestion}Kunci yang dikenal: unsur, periode, bobot, unsur_tambahan, populasi.', en: '{suggestion}Known keys: unsur, periode, bobot, unsur_tambahan, populasi.' },
  },
  unsurSet: {
    message: { id: 'unsur harus 2017 (Permen PANRB 14/2017) atau 2014 (Permen PANRB 16/2014), bukan "{value}".', en: 'unsur must be 2017 (Permen PANRB 14/2017) or 2014 (Permen PANRB 16/2014), not "{value}".' },
  },
  periode: {
    message: { id: 'Periode "{value}" tidak dikenali.', en: 'The period "{value}" is not recognised.' },
    hint: { id: 'Tulis misalnya 2026, 2026-S1, 2026-Q2, 2026-03 atau 2026-01..2026-06.', en: 'Write for example 2026, 2026-S1, 2026-Q2, 2026-03 or 2026-01..2026-06.' },
  },
  bobotWord: {
    message: { id: 'bobot harus "tepat", bobot yang dibulatkan (misalnya 0.111) atau bobot per unsur, bukan "{value}".', en: 'bobot must be "tepat", a rounded weight (for example 0.111) or a weight per element, not "{value}".' },
  },
  bobotNeeded: {
    message: { id: 'Dengan unsur_tambahan, bobot harus diberikan untuk setiap unsur (U1 … {last}) dan berjumlah 1.', en: 'With unsur_tambahan, bobot must give a weight for every element (U1 … {last}) summing to 1.' },
    hint: { id: 'Contoh: bobot: { U1: 0.1, U2: 0.1, …, {last}: 0.1 }', en: 'For example: bobot: { U1: 0.1, U2: 0.1, …, {last}: 0.1 }' },
  },
  bobotValue: {
    message: { id: 'Bobot {kode} harus bilangan lebih dari 0 (misalnya 0.1 atau "1/10"), bukan "{value}".', en: 'The weight of {kode} must be a number above 0 (for example 0.1 or "1/10"), not "{value}".' },
  },
  bobotUnknown: {
    message: { id: 'bobot menyebut unsur {kode} yang tidak ada.', en: 'bobot names an element {kode} that does not exist.' },
    hint: { id: 'Unsur yang ada: {codes}.', en: 'The elements are: {codes}.' },
  },
  bobotMissing: {
    message: { id: 'bobot tidak menyebut {codes}.', en: 'bobot does not give {codes}.' },
    hint: { id: 'Beri setiap unsur bobotnya; jumlah semuanya 1.', en: 'Give every element its weight; together they sum to 1.' },
  },
  bobotSum: {
    message: { id: 'Jumlah bobot {sum}, bukan 1.', en: 'The weights sum to {sum}, not 1.' },
    hint: { id: 'Sesuaikan bobotnya supaya berjumlah tepat 1; pecahan seperti "1/3" ditulis sebagai teks.', en: 'Adjust the weights to sum to exactly 1; fractions such as "1/3" are written as text.' },
  },
  tambahanItem: {
    message: { id: 'Setiap unsur tambahan memerlukan kode (misalnya U10) dan nama.', en: 'Every extra element needs a code (for example U10) and a name.' },
  },
  tambahanCode: {
    message: { id: 'Kode unsur tambahan "{kode}" sudah dipakai.', en: 'The extra element code "{kode}" is already used.' },
    hint: { id: 'Unsur peraturan memakai U1 … U9; mulai unsur tambahan dari U10.', en: 'The regulation\'s elements use U1 … U9; number extra ones from U10.' },
  },
  populasi: {
    message: { id: 'populasi harus bilangan bulat lebih dari 0 (pengguna layanan setahun), bukan "{value}".', en: 'populasi must be a whole number above 0 (users of the service in a year), not "{value}".' },
  },
} satisfies Record<string, MessageDef>;

type ConfigMessage = keyof typeof CONFIG_MESSAGES;

const positiveInteger = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined);
const written = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

/** The regulation's codes and any extra ones, for checking the per-element weights. */
export type ElementCodes = (set: UnsurSetName) => string[];

/** Read and check skm.yaml; a problem is located where it is written, and any problem means no configuration. */
export async function readSurveyConfig(path: string, shown: string, lang: Lang, codesOf: ElementCodes): Promise<{ config?: SurveyConfig; diagnostics: Diagnostic[] }> {
  const parsed = await readSource(path, { lang, displayPath: shown });
  if (!parsed.source) return { diagnostics: parsed.diagnostics };
  const source = parsed.source;
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const problem = (pointer: string, key: ConfigMessage, params: Params = {}, target: 'value' | 'key' = 'value') =>
    diagnostics.push(makeDiagnostic(shown, locate(source, pointer, target), pointer, { rule: 'skm', def: CONFIG_MESSAGES[key], params }, lang));
  const data = source.data;
  if (!isRecord(data)) {
    problem('', 'notMapping');
    return { diagnostics };
  }
  const config: SurveyConfig = { path: shown, tambahan: [], populasiLayanan: new Map() };
  for (const key of Object.keys(data)) {
    if (KEYS.includes(key)) continue;
    const near = didYouMean(key, KEYS);
    problem(joinPointer('', key), 'unknownKey', { key, suggestion: near ? (lang === 'id' ? `Maksudnya "${near}"? ` : `Did you mean "${near}"? `) : '' }, 'key');
  }
  if (data.unsur !== undefined) {
    const set = String(data.unsur);
    if (set === '2017' || set === '2014') config.unsur = set;
    else problem('/unsur', 'unsurSet', { value: written(data.unsur) });
  }
  if (data.periode !== undefined) {
    const period = typeof data.periode === 'string' || typeof data.periode === 'number' ? parsePeriod(String(data.periode)) : undefined;
    if (period) config.periode = period;
    else problem('/periode', 'periode', { value: written(data.periode) });
  }
  readExtras(data.unsur_tambahan, config, problem);
  readWeights(data.bobot, config, codesOf(config.unsur ?? '2017'), problem);
  readPopulation(data.populasi, config, problem);
  return diagnostics.length > 0 ? { diagnostics } : { config, diagnostics };
}

type Problem = (pointer: string, key: ConfigMessage, params?: Params, target?: 'value' | 'key') => void;

function readExtras(value: unknown, config: SurveyConfig, problem: Problem): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return problem('/unsur_tambahan', 'tambahanItem');
  value.forEach((item, i) => {
    const pointer = joinPointer('/unsur_tambahan', i);
    if (!isRecord(item) || typeof item.kode !== 'string' || item.kode.trim() === '' || typeof item.nama !== 'string' || item.nama.trim() === '') return problem(pointer, 'tambahanItem');
    const kode = item.kode.trim();
    const taken = /^U[1-9]$/i.test(kode) || config.tambahan.some((t) => t.kode.toUpperCase() === kode.toUpperCase());
    if (taken) return problem(joinPointer(pointer, 'kode'), 'tambahanCode', { kode });
    config.tambahan.push({ kode, nama: item.nama.trim() });
  });
}

function readWeights(value: unknown, config: SurveyConfig, regulation: string[], problem: Problem): void {
  const codes = [...regulation, ...config.tambahan.map((t) => t.kode)];
  const last = codes[codes.length - 1]!;
  if (value === undefined || !isRecord(value)) {
    if (value !== undefined) {
      const word = String(value);
      if (word === 'tepat' || parseFraction(word)) config.bobot = word;
      else problem('/bobot', 'bobotWord', { value: written(value) });
    }
    if (config.tambahan.length > 0 && config.bobot !== undefined) problem('/bobot', 'bobotNeeded', { last });
    else if (config.tambahan.length > 0) problem('/unsur_tambahan', 'bobotNeeded', { last });
    return;
  }
  const weights = new Map<string, { text: string; value: Fraction }>();
  for (const [kode, raw] of Object.entries(value)) {
    const pointer = joinPointer('/bobot', kode);
    const known = codes.find((c) => c.toUpperCase() === kode.toUpperCase());
    if (!known) {
      problem(pointer, 'bobotUnknown', { kode, codes: codes.join(', ') }, 'key');
      continue;
    }
    const text = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
    const fraction = parseFraction(text);
    if (!fraction || fraction.n === 0n) problem(pointer, 'bobotValue', { kode, value: written(raw) });
    else weights.set(known, { text, value: fraction });
  }
  const missing = codes.filter((c) => !weights.has(c));
  if (missing.length > 0) return problem('/bobot', 'bobotMissing', { codes: missing.join(', ') });
  const total = [...weights.values()].reduce((s, w) => ({ n: s.n * w.value.d + w.value.n * s.d, d: s.d * w.value.d }), { n: 0n, d: 1n });
  if (total.n !== total.d) return problem('/bobot', 'bobotSum', { sum: String(Number(total.n) / Number(total.d)) });
  config.bobotUnsur = weights;
}

function readPopulation(value: unknown, config: SurveyConfig, problem: Problem): void {
  if (value === undefined) return;
  if (!isRecord(value)) {
    const n = positiveInteger(value);
    if (n === undefined) problem('/populasi', 'populasi', { value: written(value) });
    else config.populasi = n;
    return;
  }
  for (const [kode, raw] of Object.entries(value)) {
    const n = positiveInteger(raw);
    if (n === undefined) problem(joinPointer('/populasi', kode), 'populasi', { value: written(raw) });
    else config.populasiLayanan.set(kode, n);
  }
}

