import type { BentukDokumen as SchemaBentukDokumen, KasusPemohon as SchemaKasusPemohon, KelompokPersyaratan as SchemaKelompokPersyaratan, Persyaratan as SchemaPersyaratan, Syarat as SchemaSyarat } from '../../../types/schema.js';
import { type Item, noteText, splitAll, splitNote, walk, withNote, written } from '../items.js';
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

const COPY = String.raw`(?:foto\s*[ck]op(?:y|i)|fotokopi|fotocopy|fc\.?|copy)`;

const FORM_PHRASES: [RegExp, BentukDokumen[]][] = [
  [new RegExp(String.raw`asli\s+dan\s+${COPY}`, 'i'), ['asli', 'fotokopi']],
  [new RegExp(String.raw`${COPY}\s+dan\s+asli`, 'i'), ['fotokopi', 'asli']],
  [/menunjukkan\s+asli(?:nya)?|asli\s+diperlihatkan|asli\s+ditunjukkan|^diperlihatkan$/i, ['diperlihatkan']],
  [/dilegalisir|dilegalisasi|legalisir/i, ['dilegalisir']],
  [new RegExp(String.raw`^${COPY}$`, 'i'), ['fotokopi']],
  [/^asli$/i, ['asli']],
  [/^(?:scan|pindaian(?:\s*\(scan\))?)$/i, ['scan']],
  // "Scan Foto Copy KTP": a scan of the copy, sent as a scan.
  [new RegExp(String.raw`^scan\s+${COPY}$`, 'i'), ['scan']],
  [/^salinan\s+digital$/i, ['salinan_digital']],
];

/** One form ("asli", "pindaian (scan)"), several ("asli dan fotokopi"), or a choice ("pindaian (scan) atau fotokopi"). */
function formsOf(text: string): { all?: BentukDokumen[]; either?: BentukDokumen[] } | undefined {
  const one = (t: string) => FORM_PHRASES.find(([re]) => re.test(t.trim()) && t.trim().split(/\s+/).length <= 4)?.[1];
  const whole = one(text);
  if (whole) return { all: whole };
  const both = text.split(/\s+dan\s+/i).map(one);
  if (both.length > 1 && both.every(Boolean)) return { all: both.flat() as BentukDokumen[] };
  const either = text.split(/\s+atau\s+/i).map(one);
  if (either.length > 1 && either.every(Boolean)) return { either: either.flat() as BentukDokumen[] };
  return undefined;
}

const CONDITION = /^(?:jika|apabila|bila|bagi|untuk|khusus|dalam\s+hal)\b/i;
/** "(secara online)", "(tatap muka)": the channel a requirement is asked on, a condition of it. */
const CHANNEL_CONDITION = /^(?:(?:secara|melalui|via)\s+)?\S*\s*(?:tatap\s+muka|online|daring|luring|offline|langsung)$/i;
const SHEETS = /^(\d+)\s*(?:\(\s*[a-z\s]+\s*\)\s*)?(?:lembar|rangkap|eksemplar|buah)$/i;

interface Form {
  uraian: string;
  bentuk?: BentukDokumen[];
  bentuk_pilihan?: BentukDokumen[];
  kondisi?: string;
  jumlah?: number;
  wajib?: false;
}

/**
 * What a bracket closing a requirement says of it, when it says only that: its forms ("asli dan
 * fotokopi"), how many sheets ("2 (dua) lembar"), when it is asked ("bila KTP-el rusak"), that it
 * is optional ("tidak wajib"); several of them joined by commas ("asli, bila KTP-el hilang").
 */
function bracketForm(inner: string): Omit<Form, 'uraian'> | undefined {
  const out: Omit<Form, 'uraian'> = {};
  for (const part of inner.split(/\s*,\s*(?![^()]*\))/)) {
    const forms = formsOf(part);
    const sheets = SHEETS.exec(part.trim());
    if (forms?.all && !out.bentuk) out.bentuk = forms.all;
    else if (forms?.either && !out.bentuk_pilihan) out.bentuk_pilihan = forms.either;
    else if (sheets && out.jumlah === undefined) out.jumlah = Number(sheets[1]);
    else if (/^(?:tidak\s+wajib|opsional|bila\s+ada|jika\s+ada)$/i.test(part.trim()) && out.wajib === undefined) out.wajib = false;
    else if ((CONDITION.test(part.trim()) || CHANNEL_CONDITION.test(part.trim())) && !out.kondisi) out.kondisi = part.trim();
    else if (out.kondisi) out.kondisi += `, ${part.trim()}`;
    else return undefined;
  }
  return out;
}

/**
 * "…, bila lahir di luar negeri", "… bagi pemegang Izin Tinggal Terbatas (ITAS)": a condition
 * closing a requirement's text; "… bagi anak pertama atau Surat Pernyataan …" names another
 * document, so it is no condition.
 */
const TRAILING_CONDITION = /,?\s+((?:[Jj]ika|[Aa]pabila|[Bb]ila|[Bb]agi|JIKA|APABILA|BILA|BAGI)\s+(?:(?!atau\s+[A-Z])[^,;()]|\([^()]*\))+)$/;

/** Forms and conditions read off one requirement's text; the text left is the document itself. */
function readForm(text: string, { trailingConditions }: { trailingConditions: boolean }): Form {
  let uraian = text.trim().replace(/\s*[;,]\s*$/, '').replace(/\s+(?:dan|atau)$/i, '');
  const out: Omit<Form, 'uraian'> = {};
  const bentuk: BentukDokumen[] = [];
  const add = (b: BentukDokumen[]) => b.forEach((x) => bentuk.includes(x) || bentuk.push(x));
  let bracketed = false;
  // Brackets at the end: "(Asli dan Fotocopy)", "(menunjukkan Aslinya)", "(jika KTP-el rusak)", "(asli, 1 (satu) lembar, bila …)".
  for (;;) {
    // A bracket left open at the end ("SKP (jika pindah antar kota;") closes where the line does.
    const m = /\s*\(((?:[^()]|\([^()]*\))+)\)\s*$/.exec(uraian) ?? /\s*\(([^()]+)$/.exec(uraian);
    const said = m ? bracketForm(m[1]!.trim()) : undefined;
    if (!m || !said || (said.kondisi && out.kondisi)) break;
    if (said.bentuk) add(said.bentuk);
    if (said.bentuk_pilihan) out.bentuk_pilihan = said.bentuk_pilihan;
    if (said.jumlah !== undefined) out.jumlah = said.jumlah;
    if (said.wajib === false) out.wajib = false;
    if (said.kondisi) out.kondisi = said.kondisi;
    bracketed = true;
    uraian = uraian.slice(0, m.index).trim();
  }
  // "Menyertakan fotokopi KTP saksi": the verb that hands the document over, then its form.
  const handed = new RegExp(String.raw`^(?:menyertakan|melampirkan|membawa|menyerahkan)\s+(?=(?:asli|scan|${COPY})\s)`, 'i').exec(uraian);
  if (handed) uraian = uraian.slice(handed[0].length);
  const choice = new RegExp(String.raw`^(scan|${COPY})\s*/\s*(scan|${COPY})\s+`, 'i').exec(uraian);
  if (choice) {
    out.bentuk_pilihan = [choice[1]!, choice[2]!].map((x) => (/scan/i.test(x) ? 'scan' : 'fotokopi'));
    uraian = uraian.slice(choice[0].length);
  }
  const lead = new RegExp(String.raw`^(asli\s+dan\s+${COPY}|scan\s+${COPY}|${COPY}|asli|scan)\s+(?=[A-Z])`, 'i').exec(uraian) ?? new RegExp(String.raw`^(${COPY})\s+(?=\S)`, 'i').exec(uraian);
  if (lead && !choice) {
    const phrase = FORM_PHRASES.find(([re]) => re.test(lead[1]!.trim()));
    if (phrase) {
      add(phrase[1]);
      uraian = uraian.slice(lead[0].length);
    }
  }
  // "Kartu Keluarga Asli", "kutipan akta kelahiran asli.": the form written after the document.
  const after = new RegExp(String.raw`\s+(asli(?:\s+dan\s+${COPY})?|${COPY}\s+dan\s+asli)\.?$`, 'i').exec(uraian);
  if (after && bentuk.length === 0) {
    const phrase = FORM_PHRASES.find(([re]) => re.test(after[1]!.trim()));
    if (phrase) {
      add(phrase[1]);
      uraian = uraian.slice(0, after.index).trim();
    }
  }
  // A condition written in the text before a bracket stays in the text ("bila lahir di rumah (asli)").
  if (!out.kondisi && trailingConditions && !bracketed) {
    const when = TRAILING_CONDITION.exec(uraian);
    if (when && when.index > 0) {
      out.kondisi = when[1]!.trim();
      uraian = uraian.slice(0, when.index).trim();
    }
  }
  const form: Form = { uraian: uraian.replace(/^\w/, (c) => c.toUpperCase()), ...out };
  if (bentuk.length > 0) form.bentuk = bentuk;
  if (form.bentuk_pilihan && form.bentuk_pilihan[0] === form.bentuk_pilihan[1]) delete form.bentuk_pilihan;
  return form;
}

/** "(Dasar hukum: Pasal 33 ayat (1) Perpres 96/2018)" or "(pasal 33 (1) Perpres 96 Tahun 2018)" closing a requirement or a group's title. */
const BASIS = /\s*\(\s*(dasar\s+hukum\s*:\s*)?((?:[^()]|\([^()]*\))+)\)\s*\.?$/i;

function basisOf(text: string): { text: string; dasar?: NonNullable<ReturnType<typeof parseCitation>> } {
  const cite = BASIS.exec(text);
  if (!cite || (!cite[1] && !/^(?:pasal|lampiran)\s/i.test(cite[2]!.trim()))) return { text };
  const dasar = parseCitation(cite[2]!.trim());
  return dasar ? { text: text.slice(0, cite.index).trim(), dasar } : { text };
}

interface Reading {
  /** Whether the document writes conditions in brackets: then "… bila …" in the text is the text. */
  trailingConditions: boolean;
}

/** "…, dilampiri fotokopi KTP", "… dilampiri dengan surat kuasa": what goes with a document, or the document a case brings. */
const ATTACHED = /,?\s+dilampiri(?:\s+dengan)?\s+(?=\S)/i;
/** Words that open a case of the applicant rather than a document's name. */
const APPLICANT = /^(?:pemohon|penduduk|pelapor|bagi|untuk|yang|jika|apabila|bila)\b/i;

function syarat(source: Item, rec: Recorder, reading: Reading): Syarat {
  const { item, catatan: under } = withNote(source);
  // "… (asli) Catatan: Ditarik oleh petugas.": the note a page prints after a requirement.
  const { text: written, catatan: after } = splitNote(item.text);
  const catatan = [after, under].filter(Boolean).join('\n\n');
  const { text, dasar } = basisOf(written);
  // "Surat kuasa bagi yang dikuasakan, dilampiri fotokopi KTP penerima kuasa": the second document goes with the first;
  // "pemohon yang diwakili dilampiri dengan surat kuasa": the case, then the document it brings.
  const attached = ATTACHED.exec(text);
  const left = attached && attached.index > 0 ? text.slice(0, attached.index).trim() : undefined;
  const right = attached && left !== undefined ? text.slice(attached.index + attached[0].length).trim() : undefined;
  const byCase = left !== undefined && APPLICANT.test(left);
  const form = readForm(left === undefined ? text : byCase ? right! : left, reading);
  if (byCase && !form.kondisi) form.kondisi = left;
  const children = right !== undefined && !byCase ? [{ text: right, children: [], at: item.at }, ...item.children] : item.children;
  const rincian = children.length > 0 ? syaratList(children, rec.at('rincian'), reading) : undefined;
  const value: Exclude<Syarat, string> = { uraian: form.uraian };
  if (form.bentuk) value.bentuk = form.bentuk.length === 1 ? form.bentuk[0]! : form.bentuk;
  if (form.bentuk_pilihan) value.bentuk_pilihan = form.bentuk_pilihan;
  if (form.jumlah !== undefined) value.jumlah = form.jumlah;
  if (form.kondisi) value.kondisi = form.kondisi;
  if (form.wajib === false) value.wajib = false;
  if (rincian?.length) value.rincian = rincian;
  if (dasar) {
    value.dasar_hukum = dasar.value;
    if (!dasar.sure) rec.check(['dasar_hukum'], { id: 'rujukan peraturan tidak terbaca lengkap', en: 'the regulation reference was not read completely' });
  }
  if (catatan) value.catatan = catatan;
  rec.origin([], source.text);
  rec.place();
  return Object.keys(value).length === 1 && value.uraian !== undefined ? value.uraian : value;
}

function syaratList(items: readonly Item[], rec: Recorder, reading: Reading): Syarat[] {
  const out: Syarat[] = [];
  for (const it of splitAll(items)) {
    const note = !it.marker && it.children.length === 0 ? noteText(it.text) : undefined;
    const last = out[out.length - 1];
    if (note && last !== undefined) {
      // A list without markers (a PDF keeps no bullets): the note stands after its requirement.
      const target: Exclude<Syarat, string> = typeof last === 'string' ? { uraian: last } : last;
      if (!target.catatan) {
        target.catatan = note;
        out[out.length - 1] = target;
        continue;
      }
    }
    out.push(syarat(it, rec.at(out.length), reading));
  }
  return out;
}

const CASES: [RegExp, KasusPemohon][] = [
  [/hilang\s+(?:atau|dan|\/)\s*rusak|rusak\s+(?:atau|dan|\/)\s*hilang/i, 'hilang_rusak'],
  [/hilang/i, 'hilang'],
  [/rusak/i, 'rusak'],
  [/perubahan\s+(?:\w+\s+atau\s+)?(?:data|elemen)/i, 'perubahan_data'],
  [/perpanjangan|masa\s+berlaku\s+(?:habis|berakhir)/i, 'perpanjangan'],
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

/** Two list markers of one kind: both bullets, both numbers or both letters. */
const markerKind = (m: string) => (/^\(?\d/.test(m) ? 'number' : /^\(?[a-z][.)]/i.test(m) ? 'letter' : 'bullet');
const sameKind = (a: string, b: string | undefined) => b !== undefined && markerKind(a) === markerKind(b);

/** A line that names an applicant case rather than a document. */
function isGroupName(item: Item): boolean {
  const t = item.text;
  if (/melampirkan|dilampiri|dilengkapi|sebagai berikut/i.test(t)) return false;
  if (/^[^a-z]*$/.test(t) && /[A-Z]{3}/.test(t)) return true;
  return /^(?:persyaratan|syarat|penerbitan|permohonan|pengajuan|bagi|untuk|karena|penggantian|perubahan|perpanjangan|pelayanan)\b/i.test(t) && (item.children.some((c) => c.marker) || /:$/.test(t) || /ditambah/i.test(t));
}

/** A sentence that opens the list ("… sebagai berikut:"), not a group of it. */
const INTRO = /sebagai\s+berikut|berikut\s+ini|antara\s+lain|adalah\s*:?\s*$/i;

/** An unnumbered title over a numbered list: a group, unless it is a sentence that opens the list. */
const titlesList = (it: Item, next: Item | undefined) =>
  !it.marker && it.children.length === 0 && next?.marker !== undefined && !INTRO.test(it.text) && noteText(it.text) === undefined && !/[.]$/.test(it.text.trim()) && it.text.split(/\s+/).length <= 16;

const NOTE_TITLE = /^(?:catatan|keterangan|ket\.?)\s*:?\s*$/i;

/** "(sebagai tambahan persyaratan di atas)", "ditambah": a group that adds to the general requirements. */
const ADDITION = /\s*\(([^()]*\btambahan\b[^()]*)\)\s*$/i;

/**
 * "Bagi orang asing ditambah fotokopi paspor dan fotokopi KITAS", "bagi WNA agar melengkapi :
 * Paspor. Visa.": a group that adds to the list, written on one line of it.
 */
const ADDED_INLINE = /^((?:bagi|untuk)\s+[^:;]+?\s*,?\s*(?:ditambah(?:kan)?|agar\s+melengkapi|melengkapi))\s*:?\s+(\S.*)$/i;

/** The documents of such a line: its sentences, or its parts joined by "," or "dan" when each opens with a form ("fotokopi …"). */
function addedDocuments(text: string): string[] {
  const sentences = text.split(/(?<=[.;])\s+(?=[A-Z])/).map((t) => t.trim());
  if (sentences.length > 1) return sentences;
  const formed = new RegExp(String.raw`^(?:asli|scan|${COPY})\s`, 'i');
  const parts = text.split(/\s*,\s*|\s+dan\s+/);
  return parts.length > 1 && parts.every((p) => formed.test(p)) ? parts : [text];
}

/** The requirements component. */
export function parsePersyaratan(items: readonly Item[], rec: Recorder): Persyaratan {
  const list = splitAll(items);
  // A document that writes its conditions in brackets means "… bila …" in a text is text; one that
  // writes most of them after the document's name ("Paspor lama bagi yang telah memiliki") does not.
  let bracketed = 0;
  let trailing = 0;
  for (const it of walk(list)) {
    const text = withNote(it).item.text.replace(/[\s;,.]+$/, '');
    const m = /\(((?:[^()]|\([^()]*\))+)\)\s*$/.exec(text);
    if (m && bracketForm(m[1]!.trim())?.kondisi !== undefined) bracketed++;
    else if ((TRAILING_CONDITION.exec(text.replace(/\s*\([^()]*\)\s*$/, ''))?.index ?? 0) > 0) trailing++;
  }
  const reading: Reading = { trailingConditions: bracketed === 0 || trailing > bracketed };
  const butir: Syarat[] = [];
  const kelompok: KelompokPersyaratan[] = [];
  const notes: string[] = [];
  const intro: string[] = [];
  const groupNotes = new Map<KelompokPersyaratan, string[]>();
  const group = (name: string, under: Item[], at: number) => {
    const g = rec.at('kelompok', at);
    const addition = ADDITION.exec(name);
    const { text, dasar } = basisOf(addition ? name.slice(0, addition.index) : name);
    const k: KelompokPersyaratan = { nama: text.replace(/\s*:\s*$/, ''), butir: syaratList(under, g.at('butir'), reading) };
    const kasus = caseOf(k.nama);
    if (kasus) {
      k.kasus = kasus;
      g.check(['kasus'], { id: `keadaan pemohon ditebak dari judul kelompok "${k.nama}"`, en: `applicant case guessed from the group title "${k.nama}"` });
    }
    if (addition || /ditambah|tambahan|melengkapi/i.test(name)) k.tambahan = true;
    if (dasar) k.dasar_hukum = dasar.value;
    const last = k.butir.at(-1);
    if (!dasar && last && typeof last === 'object' && last.dasar_hukum) {
      k.dasar_hukum = last.dasar_hukum;
      delete last.dasar_hukum;
      if (Object.keys(last).length === 1 && last.uraian !== undefined) k.butir[k.butir.length - 1] = last.uraian;
      g.check(['dasar_hukum'], { id: 'rujukan pasal di akhir daftar dianggap berlaku untuk seluruh kelompok', en: 'the article cited at the end of the list is taken to cover the whole group' });
    }
    kelompok.push(k);
  };
  const startsGroup = (i: number) => {
    const it = list[i]!;
    // "- Bagi orang asing ditambah fotokopi …" among other "- …" items is one of them, not their title.
    if (it.marker && sameKind(it.marker, list[i + 1]?.marker) && !it.children.some((c) => c.marker)) return false;
    return (isGroupName(it) && (it.children.some((c) => c.marker) || list[i + 1]?.marker !== undefined)) || titlesList(it, list[i + 1]);
  };
  /** "Syarat-syarat pelayanan penerbitan … :" over the only list: the sentence that opens it, not a group. */
  const opensOnlyList = (i: number) => /^(?:syarat|persyaratan)\b.*:\s*$/i.test(list[i]!.text) && !list.some((_, j) => j !== i && startsGroup(j));

  const marked = list.some((it) => it.marker);
  for (let i = 0; i < list.length; i++) {
    const it = list[i]!;
    const note = !it.marker && it.children.length === 0 ? noteText(it.text) : undefined;
    // In a list without numbers (a SIPP cell) a note between requirements stays a line of the list.
    const between = !marked && kelompok.length === 0 && list.slice(i + 1).some((x) => noteText(x.text) === undefined);
    if (note && !between) {
      // Under a group with another group after it, the note is the group's; else the list's.
      const more = list.slice(i + 1).some((_, j) => startsGroup(i + 1 + j));
      const last = kelompok[kelompok.length - 1];
      if (last && more) groupNotes.set(last, [...(groupNotes.get(last) ?? []), note]);
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
    if (startsGroup(i) && opensOnlyList(i) && list[i]!.children.length === 0) {
      intro.push(list[i]!.text);
      rec.keep();
      continue;
    }
    if (startsGroup(i)) {
      const under = it.children.some((c) => c.marker) ? it.children : [];
      if (under.length === 0) while (i + 1 < list.length && list[i + 1]!.marker && !isGroupName(list[i + 1]!) && !NOTE_TITLE.test(list[i + 1]!.text)) under.push(list[++i]!);
      group(it.text, under, kelompok.length);
      continue;
    }
    if (!it.marker && it.children.length === 0 && butir.length + kelompok.length === 0 && INTRO.test(it.text)) {
      intro.push(it.text);
      rec.keep();
      continue;
    }
    if (!it.marker && it.children.length === 0 && (/^\(.*\)\.?$/.test(it.text) || INTRO.test(it.text) || (marked && i === list.length - 1 && butir.length + kelompok.length > 0))) {
      notes.push(it.text);
      rec.keep();
      continue;
    }
    const added = it.children.length === 0 ? ADDED_INLINE.exec(it.text) : null;
    if (added) {
      group(added[1]!, addedDocuments(added[2]!).map((text) => ({ text, children: [], at: it.at })), kelompok.length);
      continue;
    }
    butir.push(syarat(it, rec.at('butir', butir.length), reading));
  }
  for (const [k, n] of groupNotes) k.catatan = n.join('\n');
  if (kelompok.length === 0 && notes.length === 0 && intro.length === 0) {
    rec.move(['butir'], []);
    return butir;
  }
  const out: Exclude<Persyaratan, unknown[]> = {};
  if (intro.length > 0) out.pengantar = intro.join('\n');
  if (butir.length > 0) out.butir = butir;
  if (kelompok.length > 0) out.kelompok = kelompok;
  if (notes.length > 0) out.catatan = notes.join('\n');
  return out;
}
