import type { ComponentKey } from '../../model/components.js';

/**
 * The labels real documents give each component, and the kinds of line that structure a
 * document without being content ("NO | KOMPONEN | URAIAN", "A. Komponen ... Service Delivery").
 * Matching ignores case, numbering ("1.", "4)", "A."), brackets and punctuation between words,
 * so "Jangka waktu pelayanan/penyelesaian", "WAKTU PELAYANAN :" and "4) Waktu Penyelesaian" all
 * land on jangka_waktu.
 */

/** Between two words of a label: spaces, commas, slashes, "&", hyphens. */
const S = String.raw`[\s,/&.-]*`;
const w = (...words: string[]) => words.join(S);

const LABELS: [ComponentKey, string[]][] = [
  ['persyaratan', [w('persyaratan', '(?:pelayanan|layanan|teknis dan administratif|administrasi)?'), w('syarat(?:-syarat)?', '(?:pelayanan|pemohon(?:\\s+[A-Z]{2,6})?|permohonan)?')]],
  [
    'sistem_mekanisme_prosedur',
    [
      w('sist[ei]m', 'mekanisme', '(?:dan)?', 'prosedur(?:', 'pelayanan)?'),
      w('prosedur', '(?:pelayanan)?', '(?:mekanisme)?'),
      w('mekanisme', '(?:dan)?', 'prosedur'),
      w('alur', '(?:pelayanan|layanan)'),
      w('tata', 'cara', '(?:pelayanan|permohonan)'),
    ],
  ],
  [
    'jangka_waktu',
    [
      w('(?:jangka)?', 'waktu', '(?:pelayanan|penyelesaian|penyelesian|layanan)', '(?:penyelesaian|pelayanan)?'),
      w('lama(?:nya)?', '(?:waktu)?', '(?:pelayanan|penyelesaian|proses)'),
      w('waktu', 'proses'),
    ],
  ],
  [
    'biaya',
    [w('(?:besarnya)?', 'biaya', '(?:tarif{1,2})?', '(?:retribusi)?', '(?:dan', 'tata', 'cara', 'pembayaran)?'), w('tarif{1,2}', '(?:retribusi)?'), w('biaya', 'retribusi')],
  ],
  ['produk', [w('(?:spesifikasi)?', 'produk', '(?:pelayanan|layanan)?'), w('hasil', 'pelayanan')]],
  [
    'pengaduan',
    [
      w('(?:penanganan|pengelolaan)', 'pengaduan', '(?:saran', '(?:dan)?', 'masukan)?'),
      w('penanganan', 'pengaduan', 'saran', '(?:dan)?', 'masukan'),
      w('pengaduan', '(?:saran', '(?:dan)?', 'masukan)?'),
      w('saluran', 'pengaduan'),
    ],
  ],
  ['dasar_hukum', [w('dasar', 'hukum'), w('landasan', 'hukum')]],
  ['sarana_prasarana', [w('sarana', '(?:dan)?', 'prasarana', '(?:dan(?:', 'atau)?', 'fasilitas)?'), w('sarana', 'prasarana', '(?:dan)?', 'fasilitas'), w('fasilitas', '(?:pelayanan)?')]],
  ['kompetensi_pelaksana', [w('kompetensi', '(?:pelaksana|petugas)?')]],
  ['pengawasan_internal', [w('pengawas(?:an)?', '(?:internal|intern)'), w('pengawasan')]],
  ['jumlah_pelaksana', [w('jumlah', '(?:pelaksana|petugas)', '(?:pelayanan)?')]],
  ['jaminan_keamanan_keselamatan', [w('jaminan', 'keamanan', '(?:dan', 'keselamatan)?', '(?:pelayanan)?'), w('jaminan', 'keselamatan', '(?:dan', 'keamanan)?', '(?:pelayanan)?')]],
  ['jaminan_pelayanan', [w('jaminan', '(?:kepastian)?', 'pelayanan'), w('jaminan', 'layanan')]],
  ['evaluasi_kinerja', [w('evaluasi', 'kinerja', '(?:pelaksana)?'), w('evaluasi', '(?:pelaksana|pelayanan)')]],
];

/** "1.", "4)", "A.", "II.", "[" before a label. */
const LEAD = String.raw`^(?:\(?(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]\s*)?\[?\s*`;

/** "Dasar Hukum (lanjutan)", "[Dasar Hukum, lanjutan]": a component's label printed again where it goes on over a page. */
const CONTINUED = String.raw`(?:\s*[,(]?\s*lanjutan\s*\)?)?`;

const COMPILED = LABELS.flatMap(([key, variants]) => variants.map((v) => ({ key, re: new RegExp(`${LEAD}(${v})${CONTINUED}\\s*\\]?\\s*(?:\\*\\))?`, 'i') })));

/** The words a label can start with: most lines start with none, and are passed over at once. */
const FIRST_WORDS = new Set(['persyaratan', 'syarat', 'sistem', 'sistim', 'prosedur', 'mekanisme', 'alur', 'tata', 'jangka', 'waktu', 'lama', 'lamanya', 'besarnya', 'biaya', 'tarif', 'tariff', 'spesifikasi', 'produk', 'hasil', 'penanganan', 'pengelolaan', 'pengaduan', 'saluran', 'dasar', 'landasan', 'sarana', 'fasilitas', 'kompetensi', 'pengawas', 'pengawasan', 'jumlah', 'jaminan', 'evaluasi']);

export interface LabelMatch {
  key: ComponentKey;
  /** The label as the document wrote it. */
  label: string;
  /** What follows the label on the same line (a value written beside it), separators trimmed. */
  rest: string;
}

/**
 * The component a line names, when the line is a label: the label alone, or followed by ":" and
 * a value, or by a value that starts a new sentence ("Jangka waktu pelayanan Paling lambat 3
 * hari"). "Persyaratan pelaporan ... sebagai berikut" continues a sentence and is no label.
 */
export function matchLabel(text: string): LabelMatch | undefined {
  const first = /^(?:\(?(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]\s*)?\[?\s*([A-Za-z]+)/.exec(text)?.[1]?.toLowerCase();
  if (!first || !FIRST_WORDS.has(first)) return undefined;
  let best: LabelMatch | undefined;
  let bestLength = 0;
  for (const { key, re } of COMPILED) {
    const m = re.exec(text);
    if (!m || m[0].trim().length <= bestLength) continue;
    // The spaces the pattern took after the label are the boundary to what follows it.
    const after = text.slice(m[0].trimEnd().length);
    const boundary = /^\s*$/.test(after) || /^\s*[:;=–-]/.test(after) || /^\s+(?:[A-Z0-9(]|Rp|sebagai berikut)/.test(after);
    if (!boundary) continue;
    // "Sistem, mekanisme dan prosedur sebagai berikut :" introduces the value under it.
    const rest = after.replace(/^[\s:;=–-]+/, '').trim();
    best = { key, label: m[0].trim().replace(/[\s:]+$/, ''), rest: /^sebagai\s+berikut\s*:?$/i.test(rest) ? '' : rest };
    bestLength = m[0].trim().length;
  }
  return best;
}

/** "NO | KOMPONEN | URAIAN", "No. | Komponen | Keterangan": the header of a component table. */
export const isTableHeader = (cells: readonly string[]) => cells.some((c) => /^komponen$/i.test(c.trim())) && cells.some((c) => /^(?:uraian|keterangan|penjelasan|isi)$/i.test(c.trim()));

/** "A. Komponen Standar Pelayanan yang terkait dengan ... (Service Delivery)", "1. Proses Penyampaian Pelayanan (Service Delivery)". */
export function groupTitle(text: string): 'A' | 'B' | undefined {
  const t = text.toLowerCase();
  if (!/komponen|service delivery|manufactur|penyampaian pelayanan|pengelolaan pelayanan|aspek/.test(t)) return undefined;
  if (/manufactur|pengelolaan|internal organisasi/.test(t)) return 'B';
  if (/service delivery|penyampaian/.test(t)) return 'A';
  return /^[-–]?\s*komponen standar pelayanan/.test(t) ? 'A' : undefined;
}
