import type { EvaluasiButir as SchemaEvaluasiButir, Frekuensi as SchemaFrekuensi, JumlahPelaksana as SchemaJumlahPelaksana, Peraturan as SchemaPeraturan, ProdukButir, Sarana as SchemaSarana } from '../../../types/schema.js';
import { parseTerbilang } from '../../../model/terbilang.js';
import { type Item, linesOf, noteText, splitAll, splitNote, tidy, withNote, written } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { parseCitation } from './peraturan.js';

type EvaluasiButir = Draft<SchemaEvaluasiButir>;
type Frekuensi = Draft<SchemaFrekuensi>;
type JumlahPelaksana = Draft<SchemaJumlahPelaksana>;
type Peraturan = Draft<SchemaPeraturan>;
type Sarana = Draft<SchemaSarana>;

/** A line without its marker and the ";"/"dan" that joins it to the next. */
const plain = (line: string) =>
  line
    .trim()
    .replace(/^(?:\d{1,2}[.)]|\(?[a-z][.)]|[-•·Ø])\s*/, '')
    .replace(/[;,]\s*(?:dan)?\s*$/, '')
    .trim();

/** The line of an item without its marker. */
const plainLines = (items: readonly Item[]) => linesOf(splitAll(items)).map(plain).filter((l) => l !== '');

interface Entry {
  line: string;
  catatan?: string;
}

/**
 * Each item's line with its note ("Catatan: …" after it on its line, under it, or right after it);
 * lines under an item that are not its note are entries of their own.
 */
function entries(items: readonly Item[]): Entry[] {
  const out: Entry[] = [];
  for (const it of splitAll(items)) {
    if (it.rows) {
      out.push(...plainLines([it]).map((line) => ({ line })));
      continue;
    }
    const note = !it.marker && it.children.length === 0 ? noteText(it.text) : undefined;
    const last = out[out.length - 1];
    if (note && last && !last.catatan) {
      // A list without markers (bullets a PDF does not keep as text): the note stands after its item.
      last.catatan = note;
      continue;
    }
    const { item, catatan: under } = withNote(it);
    const { text, catatan: after } = splitNote(plain(written(item)));
    const line = plain(text);
    const catatan = [after, under].filter(Boolean).join('\n\n');
    if (line !== '') out.push(catatan ? { line, catatan } : { line });
    else if (catatan) out.push({ line: catatan });
    out.push(...entries(item.children));
  }
  return out;
}

/** "Kartu Keluarga (KK): Ditandatangani secara elektronik": a product's name, then what it is. */
const NAMED = /^([^:.;]{3,120}?):\s+(\S.*)$/;

export function parseProduk(items: readonly Item[], rec: Recorder): Draft<ProdukButir>[] {
  return entries(items).map(({ line, catatan }) => {
    rec.place();
    const named = NAMED.exec(line);
    const value: Exclude<Draft<ProdukButir>, string> = named && named[1]!.split(/\s+/).length <= 12 ? { nama: named[1]!.trim(), uraian: named[2]!.trim() } : { nama: line };
    if (catatan) value.catatan = catatan;
    return Object.keys(value).length === 1 ? value.nama : value;
  });
}

/**
 * Legal basis: each line a citation, with its note; a line no kind of regulation can be read from
 * is kept as "Lainnya" with the text in catatan.
 */
export function parseDasarHukum(items: readonly Item[], rec: Recorder): Peraturan[] {
  return entries(items).map(({ line, catatan }, i) => {
    const c = parseCitation(line);
    rec.origin([i], line);
    if (!c) {
      rec.check([i], { id: 'jenis peraturan tidak terbaca; teksnya disimpan di catatan', en: 'the kind of regulation could not be read; its text is kept in catatan' });
      rec.keep();
      return { jenis: 'Lainnya', catatan: [line, catatan].filter(Boolean).join('\n\n') };
    }
    if (!c.sure) rec.check([i], { id: 'nomor, tahun atau judul peraturan tidak terbaca lengkap', en: 'the number, year or title of the regulation was not read completely' });
    rec.place();
    if (catatan) c.value.catatan = [c.value.catatan, catatan].filter(Boolean).join('\n\n');
    return c.value;
  });
}


const VULNERABLE = /kursi\s+roda|\bramp\b|bidang\s+miring|prioritas|laktasi|menyusui|difabel|disabilitas|lansia|lanjut\s+usia|ibu\s+hamil|alat\s+bantu\s+dengar|guiding\s+block|braille|ruang\s+bermain\s+anak|kelompok\s+rentan|berkebutuhan\s+khusus/i;
/** "… untuk kelompok rentan", "(bagi kelompok rentan)": a document that marks its facilities for vulnerable groups itself. */
const VULNERABLE_TAG = /\s*[(-]?\s*(?:untuk|bagi)\s+kelompok\s+rentan\s*\)?\s*$/i;

export function parseSarana(items: readonly Item[], rec: Recorder): Sarana[] {
  const found = entries(items);
  const lines = found.flatMap((e): Entry[] => (e.line.split(',').length >= 4 && !e.catatan ? e.line.split(/\s*,\s*|\s+dan\s+(?=[^,]+$)/).filter((p) => p.trim() !== '').map((line) => ({ line })) : [e]));
  if (lines.length > found.length) rec.check([], { id: 'daftar sarana dipecah dari satu kalimat berkoma', en: 'the facilities were split from one comma-separated sentence' });
  // A list that marks its facilities for vulnerable groups says which they are; otherwise their names do.
  const tagged = lines.some((e) => VULNERABLE_TAG.test(e.line));
  return lines.map(({ line: written, catatan }, i) => {
    rec.place();
    rec.origin([i], written);
    const line = written.replace(VULNERABLE_TAG, '');
    const count = /^(.+?)\s*[:(]?\s*(\d+)\s*(?:\(([a-z\s]+)\)\s*)?(?:buah|unit|set|lembar)\)?$/i.exec(line);
    const value: Exclude<Sarana, string> = { nama: line };
    if (count && (!count[3] || parseTerbilang(count[3])?.value === Number(count[2]))) {
      value.nama = tidy(count[1]!);
      value.jumlah = Number(count[2]);
    }
    if (tagged ? line !== written : VULNERABLE.test(line)) value.kelompok_rentan = true;
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

const frequencyOf = (text: string) => FREQUENCIES.find(([re]) => re.test(text))?.[1];

/** "(setiap enam bulan)" closing an item: its frequency, said on its own. */
const BRACKETED = /\s*\(([^()]+)\)\s*$/;

/** The line our own pages print under the evaluation: the latest survey, read from the unit's skm/ results, not a fact of the standard. */
const LAST_SURVEY = /^(?:hasil survei kepuasan terakhir|latest satisfaction survey) \(.*\): ikm /i;

export function parseEvaluasi(items: readonly Item[], rec: Recorder, ctx: ParseContext): EvaluasiButir[] {
  const found = entries(items).flatMap((e) => {
    if (!LAST_SURVEY.test(e.line)) return [e];
    ctx.unplaced(e.line);
    return [];
  }).map((e) => {
    const m = BRACKETED.exec(e.line);
    const f = m ? frequencyOf(m[1]!) : undefined;
    // The bracket holds the frequency and nothing else ("setiap enam bulan", "tahunan").
    return f && m![1]!.trim().split(/\s+/).length <= 4 ? { ...e, line: e.line.slice(0, m!.index).trim(), frekuensi: f, bracket: m![0].trim() } : e;
  });
  // Where the document gives frequencies apart, one is not read out of another item's sentence.
  const apart = found.some((e) => 'frekuensi' in e);
  return found.map((e, i) => {
    rec.place();
    const frekuensi = 'frekuensi' in e ? e.frekuensi : apart ? undefined : frequencyOf(e.line);
    if (frekuensi && !('frekuensi' in e)) rec.check([i, 'frekuensi'], { id: 'frekuensi dibaca dari kalimatnya', en: 'frequency read from the sentence' });
    // "(setiap enam bulan)" is semesteran: the words stay beside the value that no longer holds them.
    if (frekuensi && 'bracket' in e && e.bracket && !(e.bracket.toLowerCase().match(/\p{L}{3,}/gu) ?? []).every((w) => w === 'setiap' || frekuensi.includes(w))) rec.origin([i, 'frekuensi'], e.bracket);
    const value: Exclude<EvaluasiButir, string> = { uraian: e.line };
    if (frekuensi) value.frekuensi = frekuensi;
    if (e.catatan) value.catatan = e.catatan;
    return Object.keys(value).length === 1 ? value.uraian : value;
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
