/**
 * Titles as people write them: in any case, with or without punctuation, "No."/"Nomor",
 * "Thn"/"Tahun", "&"/"dan", "UU 23/2006" for "Undang-Undang Nomor 23 Tahun 2006", the
 * abbreviations every office uses (KTP, NIK, PNBP, Polri), "Perubahan" with or without "atas",
 * and spaces anywhere. Two titles are the same when their normal forms are.
 */
const WORDS: [RegExp, string][] = [
  [/\buu\b/g, 'undang undang'],
  [/\bperppu\b|\bperpu\b/g, 'peraturan pemerintah pengganti undang undang'],
  [/\bpp\b/g, 'peraturan pemerintah'],
  [/\bperpres\b/g, 'peraturan presiden'],
  [/\bpermen\b/g, 'peraturan menteri'],
  [/\bperda\b/g, 'peraturan daerah'],
  [/\bno\b/g, 'nomor'],
  [/\bthn\b|\bth\b/g, 'tahun'],
  [/\bri\b/g, 'republik indonesia'],
  // Names every office abbreviates in the titles it cites.
  [/\bktp\b/g, 'kartu tanda penduduk'],
  [/\bnik\b/g, 'nomor induk kependudukan'],
  [/\bpnbp\b/g, 'penerimaan negara bukan pajak'],
  [/\bpolri\b/g, 'kepolisian negara republik indonesia'],
  [/\badminduk\b/g, 'administrasi kependudukan'],
  [/\bite\b/g, 'informasi dan transaksi elektronik'],
  [/\bnomor nomor\b/g, 'nomor'],
  // "Perubahan Undang-Undang …" for "Perubahan atas Undang-Undang …".
  [/\b(perubahan(?: kedua| ketiga| keempat| kelima)?) atas\b/g, '$1'],
  // "Undang-Undang 23 Tahun 2006" for "Undang-Undang Nomor 23 Tahun 2006".
  [/\b(undang undang|peraturan pemerintah|peraturan presiden|peraturan menteri) (\d+) tahun\b/g, '$1 nomor $2 tahun'],
];

/** Lower case, accents and punctuation as spaces, single spaces: how two texts are compared for sameness. */
export function normalizeText(s: string): string {
  const lower = s.toLowerCase();
  // Most texts are plain ASCII: no Unicode decomposition (nor its tables to load), and their letters and digits are a-z and 0-9.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// The same titles come back in every standard of a unit: each is normalized once per thread.
const normalized = new Map<string, string>();

/** Lowercase letters and digits separated by single spaces, the usual abbreviations spelt out. */
export function normalizeTitle(title: string): string {
  const known = normalized.get(title);
  if (known !== undefined) return known;
  if (normalized.size > 10_000) normalized.clear();
  const out = normalizeOnce(title);
  normalized.set(title, out);
  return out;
}

function normalizeOnce(title: string): string {
  // "23/2006" and "23 / 2006" in a title are a number and a year.
  let s = ` ${normalizeText(title.replace(/&/g, ' dan ').replace(/\b(\d+)\s*\/\s*((?:19|20)\d\d)\b/g, ' nomor $1 tahun $2 '))} `;
  for (const [re, to] of WORDS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * An amendment's title without its "Perubahan … atas … tentang" head: "Perubahan atas
 * Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan" is commonly cited by the
 * title of what it amends, "Administrasi Kependudukan".
 */
function amendedSubject(normal: string): string | undefined {
  if (!normal.startsWith('perubahan ')) return undefined;
  const at = normal.lastIndexOf(' tentang ');
  return at > 0 ? normal.slice(at + ' tentang '.length) : undefined;
}

/** An amendment's title up to the law it amends, which names it fully: "Perubahan atas Undang-Undang Nomor 23 Tahun 2006". */
function amendmentHead(normal: string): string | undefined {
  if (!normal.startsWith('perubahan ')) return undefined;
  const at = normal.lastIndexOf(' tentang ');
  return at > 0 ? normal.slice(0, at) : undefined;
}

/** Whether a cited title is the registry's title, read tolerantly. */
export function sameTitle(cited: string, official: string): boolean {
  const a = normalizeTitle(cited);
  const b = normalizeTitle(official);
  return a === b || a === amendedSubject(b) || a === amendmentHead(b);
}

const STOP = new Set(['tentang', 'dan', 'atas', 'yang', 'dalam', 'untuk', 'serta', 'pada', 'dari', 'bagi', 'atau', 'oleh', 'nomor', 'tahun', 'perubahan', 'kedua', 'ketiga', 'keempat', 'undang']);

/** The words of a title that tell it apart: no connectives, numbers or amendment words. */
export function titleWords(title: string): string[] {
  return [...new Set(normalizeTitle(title).split(' '))].filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w));
}

/** How many of `title`'s telling words `other` has too, of how many: how near a loosely written title comes. */
export function wordsShared(title: string, other: string): { shared: number; total: number } {
  const words = titleWords(title);
  const theirs = new Set(titleWords(other));
  return { shared: words.filter((w) => theirs.has(w)).length, total: words.length };
}
