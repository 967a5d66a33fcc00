import type { EvaluasiButir as SchemaEvaluasiButir, Frekuensi as SchemaFrekuensi, JumlahPelaksana as SchemaJumlahPelaksana, Peraturan as SchemaPeraturan, Sarana as SchemaSarana } from '../../../types/schema.js';
import { FREQUENCIES as FREQUENCY_WORDS } from '../../../model/format.js';
import { parseTerbilang } from '../../../model/terbilang.js';
import { type Item, linesOf, splitAll, splitNote, tidy } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { parseCitation } from './peraturan.js';

type EvaluasiButir = Draft<SchemaEvaluasiButir>;
type Frekuensi = Draft<SchemaFrekuensi>;
type JumlahPelaksana = Draft<SchemaJumlahPelaksana>;
type Peraturan = Draft<SchemaPeraturan>;
type Sarana = Draft<SchemaSarana>;

/** The line of an item without its marker. */
export const plainLines = (items: readonly Item[]) =>
  linesOf(splitAll(items))
    .map((l) => l.trim().replace(/^(?:\d{1,2}[.)]|\(?[a-z][.)]|[-•·Ø])\s*/, '').replace(/[;,]\s*(?:dan)?\s*$/, '').trim())
    .filter((l) => l !== '');

export function parseProduk(items: readonly Item[], rec: Recorder): string[] {
  const lines = plainLines(items);
  rec.place(lines.length);
  return lines;
}

/**
 * Citations, one a line, each with the note a page prints after it; a line no kind of regulation
 * can be read from is kept as "Lainnya" with the text in catatan.
 */
export function regulations(lines: readonly string[], rec: Recorder): Peraturan[] {
  return lines.map((line, i) => {
    const { text, catatan } = splitNote(line);
    const c = parseCitation(text);
    rec.origin([i], line);
    if (!c) {
      rec.check([i], { id: 'jenis peraturan tidak terbaca; teksnya disimpan di catatan', en: 'the kind of regulation could not be read; its text is kept in catatan' });
      rec.keep();
      return { jenis: 'Lainnya', catatan: line };
    }
    if (!c.sure) rec.check([i], { id: 'nomor, tahun atau judul peraturan tidak terbaca lengkap', en: 'the number, year or title of the regulation was not read completely' });
    rec.place();
    return catatan ? { ...c.value, catatan: [c.value.catatan, catatan].filter(Boolean).join('\n') } : c.value;
  });
}

/** Legal basis: each line a citation. */
export const parseDasarHukum = (items: readonly Item[], rec: Recorder): Peraturan[] => regulations(plainLines(items), rec);

const VULNERABLE = /kursi\s+roda|\bramp\b|bidang\s+miring|prioritas|laktasi|menyusui|difabel|disabilitas|lansia|lanjut\s+usia|ibu\s+hamil|alat\s+bantu\s+dengar|guiding\s+block|braille|ruang\s+bermain\s+anak|kelompok\s+rentan|berkebutuhan\s+khusus/i;

/** "(untuk kelompok rentan)": how a page marks a facility for vulnerable groups. */
const VULNERABLE_TAG = /\s*\(untuk\s+kelompok\s+rentan\)\s*$/i;

export function parseSarana(items: readonly Item[], rec: Recorder): Sarana[] {
  const lines = plainLines(items).flatMap((l) => (l.split(',').length >= 4 ? l.split(/\s*,\s*|\s+dan\s+(?=[^,]+$)/).filter((p) => p.trim() !== '') : [l]));
  if (lines.length > plainLines(items).length) rec.check([], { id: 'daftar sarana dipecah dari satu kalimat berkoma', en: 'the facilities were split from one comma-separated sentence' });
  // A list that marks its facilities for vulnerable groups says which they are; otherwise their names do.
  const tagged = lines.some((l) => VULNERABLE_TAG.test(splitNote(l).text));
  return lines.map((written) => {
    rec.place();
    const { text, catatan } = splitNote(written);
    const rentan = tagged ? VULNERABLE_TAG.test(text) : VULNERABLE.test(text);
    const line = text.replace(VULNERABLE_TAG, '');
    const count = /^(.+?)\s*[:(]?\s*(\d+)\s*(?:\(([a-z\s]+)\)\s*)?(?:buah|unit|set|lembar)\)?$/i.exec(line);
    const value: Exclude<Sarana, string> = { nama: line };
    if (count && (!count[3] || parseTerbilang(count[3])?.value === Number(count[2]))) {
      value.nama = tidy(count[1]!);
      value.jumlah = Number(count[2]);
    }
    if (rentan) value.kelompok_rentan = true;
    if (catatan) value.catatan = catatan;
    return Object.keys(value).length === 1 ? value.nama : value;
  });
}

const FREQUENCIES: [RegExp, Frekuensi][] = [
  [/setiap\s+tahun|tahunan|setahun|per\s+tahun|\d+\s*(?:\([a-z\s]+\)\s*)?kali\s+(?:dalam\s+)?(?:se|satu\s+)?tahun/i, 'tahunan'],
  [/semester|enam\s+bulan|6\s*\(?\s*(?:enam)?\s*\)?\s*bulan/i, 'semesteran'],
  [/triwulan|tiga\s+bulan|3\s*\(?\s*(?:tiga)?\s*\)?\s*bulan/i, 'triwulanan'],
  [/setiap\s+bulan|bulanan|sebulan/i, 'bulanan'],
  [/setiap\s+minggu|mingguan|seminggu/i, 'mingguan'],
  [/setiap\s+hari|harian/i, 'harian'],
  [/sewaktu[-\s]waktu|insidental|bila\s+diperlukan/i, 'sewaktu_waktu'],
];

/** "(setiap enam bulan)" after an item: the frequency as a page words it. */
const FREQUENCY_ASIDE = new RegExp(`\\s*\\((${Object.values(FREQUENCY_WORDS).map((t) => t.id).join('|')})\\)$`, 'i');

export function parseEvaluasi(items: readonly Item[], rec: Recorder): EvaluasiButir[] {
  return plainLines(items).map((written, i) => {
    rec.place();
    const { text: line, catatan } = splitNote(written);
    const aside = FREQUENCY_ASIDE.exec(line);
    const said = aside ? (Object.entries(FREQUENCY_WORDS).find(([, t]) => t.id === aside[1]!.toLowerCase())?.[0] as Frekuensi) : undefined;
    const uraian = aside ? line.slice(0, aside.index) : line;
    const f = said ?? FREQUENCIES.find(([re]) => re.test(line))?.[1];
    if (!said && f) rec.check([i, 'frekuensi'], { id: 'frekuensi dibaca dari kalimatnya', en: 'frequency read from the sentence' });
    if (!f && !catatan) return line;
    return { uraian, ...(f ? { frekuensi: f } : {}), ...(catatan ? { catatan } : {}) };
  });
}

const COUNT = String.raw`(\d+)\s*(?:\(\s*([a-z\s]+?)\s*\))?\s*(?:orang)?`;

/** Staff: "5 (lima) orang", "8 orang diantaranya 3 orang petugas pelayanan, 2 operator, ...", "Petugas loket : 2 orang". */
export function parseJumlahPelaksana(items: readonly Item[], rec: Recorder, ctx: ParseContext): JumlahPelaksana | undefined {
  const lines = plainLines(items);
  const text = lines.join('; ');
  const agree = (digits: string, words?: string) => !words || parseTerbilang(words)?.value === Number(digits);
  const total = new RegExp(`^(?:jumlah\\s*:?\\s*|total\\s*:?\\s*)?${COUNT}(?=\\s*(?:$|[,;:]|\\s+(?:di\\s*antaranya|yaitu|terdiri|meliputi|dengan)))`, 'i').exec(text);
  const roles: { peran: string; jumlah: number }[] = [];
  const body = (total ? text.slice(total[0].length) : text).replace(/^[\s:]+/, '');
  for (const part of body.split(/\s*[,;]\s*|\s+dan\s+(?=\d)|\s*(?:di\s*antaranya|yaitu|terdiri\s+(?:atas|dari)|meliputi)\s*:?\s*/i)) {
    const p = part.trim();
    if (p === '') continue;
    const lead = new RegExp(`^${COUNT}\\s+(.+)$`, 'i').exec(p);
    const trail = new RegExp(`^(.+?)\\s*:?\\s+${COUNT}$`, 'i').exec(p);
    if (lead && agree(lead[1]!, lead[2])) roles.push({ peran: lead[3]!.trim(), jumlah: Number(lead[1]) });
    else if (trail && agree(trail[2]!, trail[3])) roles.push({ peran: trail[1]!.replace(/:$/, '').trim(), jumlah: Number(trail[2]) });
    else {
      ctx.unplaced(lines.join('\n'));
      return undefined;
    }
  }
  if (!total && roles.length === 0) {
    ctx.unplaced(lines.join('\n'));
    return undefined;
  }
  const out: JumlahPelaksana = { total: total ? Number(total[1]) : roles.reduce((s, r) => s + r.jumlah, 0) };
  if (total && !agree(total[1]!, total[2])) rec.check(['total'], { id: 'angka dan huruf dalam kurung tidak sama', en: 'the digits and the words in brackets differ' });
  if (!total) rec.check(['total'], { id: 'dokumen tidak menyebut jumlah seluruhnya; total dijumlahkan dari rinciannya', en: 'the document gives no total; it is the sum of the roles' });
  if (roles.length > 0) out.rincian = roles;
  rec.origin([], lines.join('\n'));
  rec.place(1 + roles.length);
  return out;
}
