import type { BentukDokumen as SchemaBentukDokumen, KasusPemohon as SchemaKasusPemohon, KelompokPersyaratan as SchemaKelompokPersyaratan, Persyaratan as SchemaPersyaratan, Syarat as SchemaSyarat } from '../../../types/schema.js';
import { parseTerbilang } from '../../../model/terbilang.js';
import { type Item, noteLine, splitAll, splitNote, written } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import { parseCitation } from './peraturan.js';

type BentukDokumen = Draft<SchemaBentukDokumen>;
type KasusPemohon = Draft<SchemaKasusPemohon>;
type KelompokPersyaratan = Draft<SchemaKelompokPersyaratan>;
type Persyaratan = Draft<SchemaPersyaratan>;
type Syarat = Draft<SchemaSyarat>;

/**
 * Requirements: numbered or lettered documents, "(Asli dan Fotocopy)" and "FC. ... (menunjukkan
 * Aslinya)" forms, "(jika …)" and "bagi …" conditions, groups per applicant case ("Penerbitan
 * KTP-el karena hilang atau rusak", "WNI BAGI ANAK ..."), additive groups ("Untuk orang asing,
 * ditambah :"), documents with attachments ("Mengisi formulir F-2.01 dengan melampirkan:"), and
 * the general notes under them ("CATATAN", a sentence in brackets).
 */

const COPY = String.raw`(?:foto\s*cop(?:y|i)|fotokopi|fotocopy|fc\.?|copy)`;

const FORM_PHRASES: [RegExp, BentukDokumen[]][] = [
  [new RegExp(String.raw`asli\s+dan\s+${COPY}`, 'i'), ['asli', 'fotokopi']],
  [new RegExp(String.raw`${COPY}\s+dan\s+asli`, 'i'), ['fotokopi', 'asli']],
  [/menunjukkan\s+asli(?:nya)?|asli\s+diperlihatkan|asli\s+ditunjukkan/i, ['diperlihatkan']],
  [/dilegalisir|dilegalisasi|legalisir/i, ['dilegalisir']],
  [new RegExp(String.raw`^${COPY}$`, 'i'), ['fotokopi']],
  [/^asli$/i, ['asli']],
  [/^scan$/i, ['scan']],
];

interface Form {
  uraian: string;
  bentuk?: BentukDokumen[];
  bentuk_pilihan?: BentukDokumen[];
  kondisi?: string;
  jumlah?: number;
  wajib?: false;
}

/** The words a page prints for each form of a document ("fotokopi dilegalisir", "pindaian (scan)"). */
const PAGE_FORMS: [RegExp, BentukDokumen][] = [
  [/^asli$/i, 'asli'],
  [/^fotokopi$/i, 'fotokopi'],
  [/^fotokopi\s+dilegalisir$/i, 'dilegalisir'],
  [/^pindaian\s+\(scan\)$/i, 'scan'],
  [/^salinan\s+digital$/i, 'salinan_digital'],
  [/^diperlihatkan$/i, 'diperlihatkan'],
];
const pageForm = (text: string) => PAGE_FORMS.find(([re]) => re.test(text.trim()))?.[1];
const CONDITION = /^(?:jika|apabila|bila|bagi|untuk|khusus)\b/i;

/**
 * "(asli dan fotokopi, 2 (dua) lembar, bila ada, tidak wajib)": what a page prints in brackets after
 * a requirement, part by part; undefined when a part is not one of those.
 */
function pageAside(inner: string): Omit<Form, 'uraian'> | undefined {
  const out: Omit<Form, 'uraian'> = {};
  for (const part of inner.split(/,\s+(?![^()]*\))/)) {
    const all = part.split(/\s+dan\s+/).map(pageForm);
    const either = part.split(/\s+atau\s+/).map(pageForm);
    const count = /^(\d+)\s*(?:\(([a-z\s]+)\))?\s+lembar$/i.exec(part);
    if (!out.bentuk && all.every(Boolean)) out.bentuk = all as BentukDokumen[];
    else if (!out.bentuk_pilihan && either.length > 1 && either.every(Boolean)) out.bentuk_pilihan = either as BentukDokumen[];
    else if (count && out.jumlah === undefined && (!count[2] || parseTerbilang(count[2])?.value === Number(count[1]))) out.jumlah = Number(count[1]);
    else if (/^tidak\s+wajib$/i.test(part)) out.wajib = false;
    else if (CONDITION.test(part) && !out.kondisi) out.kondisi = part.trim();
    else return undefined;
  }
  return out;
}

/** Forms and conditions read off one requirement's text; the text left is the document itself. */
function readForm(text: string): Form {
  let uraian = text.trim().replace(/[;,]\s*$/, '').replace(/\s+(?:dan|atau)$/i, '');
  const bentuk: BentukDokumen[] = [];
  const add = (b: BentukDokumen[]) => b.forEach((x) => bentuk.includes(x) || bentuk.push(x));
  let kondisi: string | undefined;
  let bentuk_pilihan: BentukDokumen[] | undefined;
  let jumlah: number | undefined;
  let wajib: false | undefined;
  let bracketed = false;
  // Brackets at the end: "(Asli dan Fotocopy)", "(menunjukkan Aslinya)", "(jika KTP-el rusak)", a page's "(asli, 1 (satu) lembar)".
  for (;;) {
    const m = /\s*\(((?:[^()]|\([^()]*\))+)\)\s*$/.exec(uraian);
    if (!m) break;
    const inner = m[1]!.trim();
    const phrase = /[()]/.test(inner) ? undefined : FORM_PHRASES.find(([re]) => re.test(inner) && inner.split(/\s+/).length <= 4);
    const aside = phrase ? undefined : pageAside(inner);
    if (phrase) add(phrase[1]);
    else if (aside && !bracketed) {
      if (aside.bentuk) add(aside.bentuk);
      bentuk_pilihan = aside.bentuk_pilihan;
      jumlah = aside.jumlah;
      wajib = aside.wajib;
      kondisi = aside.kondisi;
    } else if (CONDITION.test(inner) && !/[()]/.test(inner) && !kondisi) kondisi = inner;
    else break;
    bracketed = true;
    uraian = uraian.slice(0, m.index).trim();
  }
  const choice = new RegExp(String.raw`^(scan|${COPY})\s*/\s*(scan|${COPY})\s+`, 'i').exec(uraian);
  if (choice) {
    bentuk_pilihan = [choice[1]!, choice[2]!].map((x) => (/scan/i.test(x) ? 'scan' : 'fotokopi'));
    uraian = uraian.slice(choice[0].length);
  }
  const lead = new RegExp(String.raw`^(asli\s+dan\s+${COPY}|${COPY}|asli|scan)\s+(?=[A-Z])`, 'i').exec(uraian);
  if (lead && !choice) {
    const phrase = FORM_PHRASES.find(([re]) => re.test(lead[1]!.trim()));
    if (phrase) {
      add(phrase[1]);
      uraian = uraian.slice(lead[0].length);
    }
  }
  // A condition written in the text, not in a bracket after it ("bila lahir di rumah (asli)" keeps it in the text).
  if (!kondisi && !bracketed) {
    const when = /,?\s+((?:jika|apabila|bila|bagi)\s+[^,;()]+)$/i.exec(uraian);
    if (when && when.index > 0) {
      kondisi = when[1]!.trim();
      uraian = uraian.slice(0, when.index).trim();
    }
  }
  const out: Form = { uraian: uraian.replace(/^\w/, (c) => c.toUpperCase()) };
  if (bentuk.length > 0) out.bentuk = bentuk;
  if (bentuk_pilihan && bentuk_pilihan[0] !== bentuk_pilihan[1]) out.bentuk_pilihan = bentuk_pilihan;
  if (kondisi) out.kondisi = kondisi;
  if (jumlah !== undefined) out.jumlah = jumlah;
  if (wajib === false) out.wajib = false;
  return out;
}

function syarat(item: Item, rec: Recorder): Syarat {
  const { text: written, catatan } = splitNote(item.text);
  let text = written;
  let dasar: ReturnType<typeof parseCitation>;
  // "(pasal 33 (1) Perpres 96 Tahun 2018)" as offices write it, or "(Dasar hukum: …)" as a page prints it.
  const cite = /\s*\((pasal\s+[^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?$/i.exec(text) ?? /\s*\(Dasar\s+hukum\s*:\s*((?:[^()]|\([^()]*\))+)\)\s*$/.exec(text);
  if (cite) {
    dasar = parseCitation(cite[1]!);
    if (dasar) text = text.slice(0, cite.index).trim();
  }
  const form = readForm(text);
  const rincian = item.children.length > 0 ? syaratList(item.children, rec.at('rincian')) : undefined;
  const value: Exclude<Syarat, string> = { uraian: form.uraian };
  if (form.bentuk) value.bentuk = form.bentuk.length === 1 ? form.bentuk[0]! : form.bentuk;
  if (form.bentuk_pilihan) value.bentuk_pilihan = form.bentuk_pilihan;
  if (form.jumlah !== undefined) value.jumlah = form.jumlah;
  if (form.kondisi) value.kondisi = form.kondisi;
  if (form.wajib === false) value.wajib = false;
  if (catatan) value.catatan = catatan;
  if (rincian?.length) value.rincian = rincian;
  if (dasar) {
    value.dasar_hukum = dasar.value;
    if (!dasar.sure) rec.check(['dasar_hukum'], { id: 'rujukan peraturan tidak terbaca lengkap', en: 'the regulation reference was not read completely' });
  }
  rec.origin([], item.text);
  rec.place();
  return Object.keys(value).length === 1 && value.uraian !== undefined ? value.uraian : value;
}

function syaratList(items: readonly Item[], rec: Recorder): Syarat[] {
  return splitAll(items).map((it, i) => syarat(it, rec.at(i)));
}

const CASES: [RegExp, KasusPemohon][] = [
  [/hilang\s+(?:atau|dan|\/)\s*rusak|rusak\s+(?:atau|dan|\/)\s*hilang/i, 'hilang_rusak'],
  [/hilang/i, 'hilang'],
  [/rusak/i, 'rusak'],
  [/perubahan\s+data|perubahan\s+elemen/i, 'perubahan_data'],
  [/perpanjangan/i, 'perpanjangan'],
  [/ditemukan|tidak\s+diketahui\s+asal/i, 'anak_ditemukan'],
  [/luar\s+(?:wilayah\s+)?(?:nkri|negeri)/i, 'wni_luar_negeri'],
  [/orang\s+asing|\bwna\b|warga\s+negara\s+asing/i, 'wna'],
  [/dikuasakan|diwakil|surat\s+kuasa/i, 'dikuasakan'],
  [/badan\s+usaha|badan\s+hukum|perseroan/i, 'badan_usaha'],
  [/perseorangan/i, 'perseorangan'],
  [/\banak\b/i, 'anak'],
  [/\bbaru\b/i, 'baru'],
  [/\bwni\b|warga\s+negara\s+indonesia/i, 'wni'],
];

export const caseOf = (name: string) => CASES.find(([re]) => re.test(name))?.[1];

/** A line that names an applicant case rather than a document. */
function isGroupName(item: Item): boolean {
  const t = item.text;
  if (/melampirkan|dilampiri|dilengkapi|sebagai berikut/i.test(t)) return false;
  if (/^[^a-z]*$/.test(t) && /[A-Z]{3}/.test(t)) return true;
  return /^(?:persyaratan|syarat|penerbitan|permohonan|pengajuan|bagi|untuk|karena|penggantian|perubahan|perpanjangan|pelayanan)\b/i.test(t) && (item.children.length > 0 || /:$/.test(t) || /ditambah/i.test(t));
}

const NOTE_TITLE = /^(?:catatan|keterangan|ket\.?)\s*:?\s*$/i;

/**
 * A page's group heading: a short line, not a sentence or an introduction, with the group's
 * numbered requirements right under it ("Penerbitan KTP-el baru", "Anak yang belum berusia 5 tahun").
 */
const pageHeading = (item: Item, next: Item | undefined) =>
  !item.marker && item.children.length === 0 && next?.marker !== undefined && noteLine(item) === undefined && !/[.:;]$/.test(item.text) && !/sebagai berikut|berikut ini/i.test(item.text) && item.text.split(/\s+/).length <= 16;

/** "(sebagai tambahan persyaratan di atas)" and "(Dasar hukum: …)": what a page prints after a group's name. */
const IN_ADDITION = /\s*\(sebagai\s+tambahan\s+persyaratan\s+di\s+atas\)/i;
const GROUP_BASIS = /\s*\(Dasar\s+hukum\s*:\s*((?:[^()]|\([^()]*\))+)\)\s*$/;

/** The requirements component. */
export function parsePersyaratan(items: readonly Item[], rec: Recorder): Persyaratan {
  const list = splitAll(items);
  const butir: Syarat[] = [];
  const kelompok: KelompokPersyaratan[] = [];
  const notes: string[] = [];
  const group = (heading: string, under: Item[], at: number) => {
    const g = rec.at('kelompok', at);
    const basis = GROUP_BASIS.exec(heading);
    const cited = basis ? parseCitation(basis[1]!) : undefined;
    const name = (cited ? heading.slice(0, basis!.index) : heading).replace(IN_ADDITION, '');
    const k: KelompokPersyaratan = { nama: name.replace(/\s*:\s*$/, ''), butir: syaratList(under, g.at('butir')) };
    if (cited) k.dasar_hukum = cited.value;
    const kasus = caseOf(name);
    if (kasus) {
      k.kasus = kasus;
      g.check(['kasus'], { id: `keadaan pemohon ditebak dari judul kelompok "${k.nama}"`, en: `applicant case guessed from the group title "${k.nama}"` });
    }
    if (/ditambah|tambahan/i.test(heading)) k.tambahan = true;
    const last = k.butir.at(-1);
    if (!cited && last && typeof last === 'object' && last.dasar_hukum && k.butir.length > 1) {
      k.dasar_hukum = last.dasar_hukum;
      delete last.dasar_hukum;
      g.check(['dasar_hukum'], { id: 'rujukan pasal di akhir daftar dianggap berlaku untuk seluruh kelompok', en: 'the article cited at the end of the list is taken to cover the whole group' });
    }
    kelompok.push(k);
  };

  const marked = list.some((it) => it.marker);
  let afterGroup = false;
  for (let i = 0; i < list.length; i++) {
    const it = list[i]!;
    const wasAfterGroup = afterGroup;
    afterGroup = false;
    const note = noteLine(it);
    const more = list.slice(i + 1).some((x) => noteLine(x) === undefined);
    // In a list without numbers (a SIPP cell) a note between items stays where it stands, as a line of the list.
    if (note !== undefined && (marked || wasAfterGroup || !more)) {
      // A note right under a group's list, with more to come, is the group's; the last ones are the component's.
      const last = kelompok.at(-1);
      if (wasAfterGroup && last && more) last.catatan = note;
      else notes.push(note);
      rec.keep();
      continue;
    }
    if (NOTE_TITLE.test(it.text) && !it.marker) {
      const under = [...it.children];
      while (i + 1 < list.length && list[i + 1]!.marker && !isGroupName(list[i + 1]!)) under.push(list[++i]!);
      notes.push([it.text, ...under.map(written)].join('\n'));
      rec.keep(under.length + 1);
      continue;
    }
    if ((isGroupName(it) && (it.children.length > 0 || list[i + 1]?.marker)) || pageHeading(it, list[i + 1])) {
      const under = it.children.length > 0 ? it.children : [];
      if (under.length === 0) while (i + 1 < list.length && list[i + 1]!.marker && !isGroupName(list[i + 1]!) && !NOTE_TITLE.test(list[i + 1]!.text)) under.push(list[++i]!);
      group(it.text, under, kelompok.length);
      afterGroup = true;
      continue;
    }
    // An unmarked line after a numbered list is a note on it; in a list without numbers (a SIPP cell) it is an item.
    if (!it.marker && it.children.length === 0 && (/^\(.*\)\.?$/.test(it.text) || /sebagai berikut|berikut ini/i.test(it.text) || (marked && i === list.length - 1 && butir.length + kelompok.length > 0))) {
      notes.push(it.text);
      rec.keep();
      continue;
    }
    butir.push(syarat(it, rec.at('butir', butir.length)));
  }
  if (kelompok.length === 0 && notes.length === 0) {
    rec.move(['butir'], []);
    return butir;
  }
  const out: Exclude<Persyaratan, unknown[]> = {};
  if (butir.length > 0) out.butir = butir;
  if (kelompok.length > 0) out.kelompok = kelompok;
  if (notes.length > 0) out.catatan = notes.join('\n');
  return out;
}
