import { acronym } from './names.js';

export type WilayahJenis = 'nasional' | 'provinsi' | 'kabupaten' | 'kota';

export interface Wilayah {
  jenis: WilayahJenis;
  /** As printed: "Kota Sukamaju", "Kabupaten Sleman", "Provinsi Jawa Tengah". */
  nama: string;
}

const WILAYAH_PATTERNS: { re: RegExp; jenis: WilayahJenis; prefix: string }[] = [
  { re: /^kota\s+(.+)$/i, jenis: 'kota', prefix: 'Kota ' },
  { re: /^(?:kabupaten|kab\.?)\s*(.+)$/i, jenis: 'kabupaten', prefix: 'Kabupaten ' },
  { re: /^(?:provinsi|propinsi|prov\.?)\s*(.+)$/i, jenis: 'provinsi', prefix: 'Provinsi ' },
  // Provinces whose official name carries their special status instead of "Provinsi".
  { re: /^((?:daerah khusus|daerah istimewa|dki|diy)\b.*)$/i, jenis: 'provinsi', prefix: '' },
];

/** "kab. sleman" → { kabupaten, "Kabupaten sleman" }; "nasional" → the whole country. */
export function parseWilayah(text: string): Wilayah | undefined {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (/^(?:nasional|pusat|indonesia|republik indonesia)$/i.test(clean)) return { jenis: 'nasional', nama: 'Republik Indonesia' };
  for (const p of WILAYAH_PATTERNS) {
    const m = p.re.exec(clean);
    if (m?.[1]) return { jenis: p.jenis, nama: p.prefix + m[1].trim() };
  }
  return undefined;
}

/** "Kota Sukamaju" → "Sukamaju": the place name alone, as a maklumat is signed ("Sukamaju, 5 Januari 2026"). */
export function placeName(w: Wilayah): string | undefined {
  return w.jenis === 'nasional' ? undefined : w.nama.replace(/^(?:Kota|Kabupaten|Provinsi)\s+/, '');
}

export function defaultKode(nama: string, w: Wilayah | undefined): string {
  const place = w && placeName(w);
  const parts = [acronym(nama) || 'UNIT', ...(place ? [place.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '')] : [])];
  return parts.filter(Boolean).join('-').slice(0, 64);
}
