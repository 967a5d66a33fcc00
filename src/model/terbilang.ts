/**
 * Indonesian number words ("terbilang"), both ways: documents write amounts as digits followed by
 * words ("14 (empat belas) hari kerja", "Rp50.000,00 (lima puluh ribu rupiah)"), the renderer
 * prints them and the rules check that both halves agree.
 */

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Scales above a thousand, largest first; each needs its multiplier ("satu juta", never "sejuta" in documents). */
const SCALES: [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
];

function below1000(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(UNITS[hundreds]!, 'ratus');
  if (rest === 0) return words;
  if (rest < 10) words.push(UNITS[rest]!);
  else if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest < 20) words.push(UNITS[rest - 10]!, 'belas');
  else {
    words.push(UNITS[Math.floor(rest / 10)]!, 'puluh');
    if (rest % 10) words.push(UNITS[rest % 10]!);
  }
  return words;
}

/**
 * The words for a whole number from 0 to 999 999 999 999 999, in lower case as documents write
 * them in brackets: terbilang(14) === "empat belas", terbilang(1500) === "seribu lima ratus".
 */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e15) throw new RangeError(`terbilang: ${n} is not a whole number from 0 to 10^15 - 1`);
  if (n === 0) return UNITS[0]!;
  const words: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const count = Math.floor(rest / size);
    if (count > 0) words.push(...below1000(count), name);
    rest %= size;
  }
  const thousands = Math.floor(rest / 1000);
  if (thousands === 1) words.push('seribu');
  else if (thousands > 1) words.push(...below1000(thousands), 'ribu');
  words.push(...below1000(rest % 1000));
  return words.join(' ');
}

const DIGIT_WORDS: Record<string, number> = { nol: 0, kosong: 0, satu: 1, se: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
const SMALL_MULTIPLIERS: Record<string, number> = { belas: 10, puluh: 10, ratus: 100 };
const LARGE_MULTIPLIERS: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12 };

/** "sebelas" → ["se", "belas"]: the prefix se- stands for "satu". */
function split(word: string): string[] {
  if (word === 'sebelas') return ['se', 'belas'];
  if (/^se(puluh|ratus|ribu|juta|miliar|milyar|triliun)$/.test(word)) return ['se', word.slice(2)];
  return [word];
}

export interface ParsedWords {
  value: number;
  /** What follows the number, such as a unit ("rupiah", "hari kerja"), words separated by one space. */
  rest: string;
}

function isNumberWord(t: string): boolean {
  return Object.hasOwn(DIGIT_WORDS, t) || Object.hasOwn(SMALL_MULTIPLIERS, t) || Object.hasOwn(LARGE_MULTIPLIERS, t);
}

/**
 * Read the number spelled at the start of `text` ("lima puluh ribu rupiah" → 50000, 3 words).
 * Returns undefined when the text does not start with a well-formed number ("lima lima",
 * "ratus"), so a misspelling is never mistaken for a different amount.
 */
export function parseTerbilang(text: string): ParsedWords | undefined {
  const raw = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  const list: string[] = [];
  let count = 0;
  for (const word of raw) {
    const parts = split(word);
    if (!parts.every(isNumberWord)) break;
    list.push(...parts);
    count++;
  }
  if (count === 0) return undefined;
  let total = 0;
  let group = 0; // below a thousand, waiting for its large multiplier
  let lastLarge = Infinity;
  let pending: number | undefined; // a digit word not yet placed
  let groupHas = { hundreds: false, tens: false, units: false };
  const flushPending = () => {
    if (pending === undefined) return true;
    if (groupHas.units) return false;
    group += pending;
    groupHas.units = true;
    pending = undefined;
    return true;
  };
  for (const t of list) {
    if (Object.hasOwn(DIGIT_WORDS, t)) {
      if (pending !== undefined) return undefined; // "lima lima"
      pending = DIGIT_WORDS[t]!;
      if (pending === 0 && (group !== 0 || total !== 0)) return undefined;
    } else if (t === 'belas') {
      if (pending === undefined || groupHas.tens || groupHas.units || pending === 0) return undefined;
      group += 10 + pending;
      pending = undefined;
      groupHas = { ...groupHas, tens: true, units: true };
    } else if (t === 'puluh') {
      if (pending === undefined || groupHas.tens || groupHas.units || pending === 0) return undefined;
      group += pending * 10;
      pending = undefined;
      groupHas.tens = true;
    } else if (t === 'ratus') {
      if (pending === undefined || groupHas.hundreds || groupHas.tens || groupHas.units || group !== 0 || pending === 0) return undefined;
      group += pending * 100;
      pending = undefined;
      groupHas.hundreds = true;
    } else {
      const size = LARGE_MULTIPLIERS[t]!;
      if (!flushPending()) return undefined;
      if (group === 0 || size >= lastLarge) return undefined; // "ribu" alone, "seribu juta"
      total += group * size;
      lastLarge = size;
      group = 0;
      groupHas = { hundreds: false, tens: false, units: false };
    }
  }
  if (!flushPending()) return undefined;
  return { value: total + group, rest: raw.slice(count).join(' ') };
}
