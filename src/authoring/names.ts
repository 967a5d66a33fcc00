/**
 * File names and codes derived from what staff type ("Penerbitan KTP Elektronik"), so that a new
 * service gets a predictable file and a stable code without anyone inventing one.
 */

/** Words that join others; official abbreviations skip them ("Dinas ... dan ..." → no "D" for "dan"). */
const CONNECTIVES = new Set(['dan', 'atau', 'untuk', 'bagi', 'di', 'ke', 'dari', 'yang', 'dengan', 'pada', 'oleh', 'serta', 'the', 'of', 'and']);
/** Words that say how a service is obtained, not which service it is. */
const GENERIC_WORDS = new Set([...CONNECTIVES, 'layanan', 'pelayanan', 'penerbitan', 'permohonan', 'pembuatan', 'pengurusan', 'pengajuan', 'pemberian', 'penyelenggaraan']);

const MAX_SLUG = 60;
const MAX_KODE = 40;

/** "Akta Kelahiran (WNI)" → ["Akta", "Kelahiran", "WNI"], accents folded ("é" → "e"). */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

function clip(parts: string[], max: number): string {
  let out = '';
  for (const p of parts) {
    const next = out ? `${out}-${p}` : p;
    if (next.length > max) break;
    out = next;
  }
  return out || parts[0]!.slice(0, max);
}

/** "Dinas Kependudukan dan Pencatatan Sipil" → "DKPS"; words already in capitals stay whole. */
export function acronym(name: string): string {
  return words(name)
    .filter((w) => !CONNECTIVES.has(w.toLowerCase()))
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w[0]!.toUpperCase()))
    .join('');
}

/** "Penerbitan KTP Elektronik" → "penerbitan-ktp-elektronik" (a file name). */
export function slugify(name: string): string {
  const parts = words(name).map((w) => w.toLowerCase());
  return parts.length === 0 ? 'layanan' : clip(parts, MAX_SLUG);
}

/**
 * "Penerbitan KTP Elektronik" → "KTP-ELEKTRONIK": the words that name the service, upper case.
 * `taken` holds codes already used in the unit; a clash gets a number ("-2", "-3", ...).
 */
export function deriveKode(name: string, taken: Iterable<string> = []): string {
  const all = words(name);
  const significant = all.filter((w) => !GENERIC_WORDS.has(w.toLowerCase()));
  const parts = (significant.length > 0 ? significant : all).map((w) => w.toUpperCase());
  const base = parts.length === 0 ? 'LAYANAN' : clip(parts, MAX_KODE);
  const used = new Set([...taken].map((k) => k.toUpperCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
