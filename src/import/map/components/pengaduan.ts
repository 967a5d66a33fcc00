import type { JenisKanalPengaduan as SchemaJenisKanalPengaduan, KanalPengaduan as SchemaKanalPengaduan, Langkah as SchemaLangkah, Pengaduan as SchemaPengaduan } from '../../../types/schema.js';
import { readSchema } from '../../../schema/validators.js';
import { type Item, linesOf, noteText, splitAll, splitNote, tidy, withNote } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { findDuration } from './durasi.js';
import { recordDoubts } from './jangka-waktu.js';
import { actorColon, step } from './prosedur.js';

type JenisKanalPengaduan = Draft<SchemaJenisKanalPengaduan>;
type KanalPengaduan = Draft<SchemaKanalPengaduan>;
type Pengaduan = Draft<SchemaPengaduan>;
type Langkah = Draft<SchemaLangkah>;

/**
 * Complaint channels of every kind: "Telpon : 0821-8243-7282", "Media Whatsapp ... : +62 811-3699-514",
 * "Call Center : 085269021930 / 085279919562", "Email: ...", "Website : disdukcapil.contoh.go.id",
 * "Facebook: Dispendukcapil Lamongan", "Kotak saran", "Form Survei Indeks Kepuasan Masyarakat",
 * "Radio Suara Kota", SP4N-LAPOR!, in person; the sentences around them are the component's uraian.
 */

const definitions = (readSchema('layanan.schema.json').definitions ?? {}) as Record<string, { pattern?: string }>;
/** The schema's own patterns, so a number or address is taken only where validate will accept it. */
const PHONE_OK = new RegExp(definitions.telepon!.pattern!);
const URL_OK = new RegExp(definitions.tautan!.pattern!);

const KINDS: [RegExp, JenisKanalPengaduan][] = [
  [/sp4n|lapor\.go\.id|\blapor!/i, 'sp4n_lapor'],
  [/whats\s*app|\bwa\b/i, 'whatsapp'],
  [/\bsms\b/i, 'sms'],
  [/fax|faks|faximile|faksimili/i, 'faksimili'],
  [/e-?mail|surel|surat\s+elektronik/i, 'email'],
  [/facebook|instagram|twitter|tiktok|youtube|media\s+sosial|medsos|\bfb\b|\big\b/i, 'media_sosial'],
  [/telepon|telpon|telp|phone|call\s*cent(?:er|re)|hotline|\bhp\b|nomor\s+kantor/i, 'telepon'],
  [/website|situs|laman|\bweb\b|https?:\/\/|www\./i, 'website'],
  [/kotak\s+(?:saran|pengaduan)/i, 'kotak_saran'],
  [/survei|survey|\bskm\b|\bikm\b|kepuasan\s+masyarakat/i, 'survei'],
  [/\bradio\b/i, 'radio'],
  [/aplikasi/i, 'aplikasi'],
  [/tatap\s+muka|langsung|loket|meja\s+pengaduan|unit\s+pengaduan|datang/i, 'tatap_muka'],
  [/\bsurat\b/i, 'surat'],
];

const PLATFORMS: [RegExp, string][] = [
  [/facebook|\bfb\b/i, 'Facebook'],
  [/instagram|\big\b/i, 'Instagram'],
  [/twitter|\bx\b/i, 'X'],
  [/youtube/i, 'YouTube'],
  [/tiktok/i, 'TikTok'],
];

const PHONE = /(?:\+62|62|\(0\d{2,4}\)|0)[\d\s().-]{5,}\d/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const WEB = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s]*)?/i;

/** The words a channel of each kind is labelled with at the start of its line ("Telepon", "Situs web", "Kotak saran"). */
const LABEL_WORDS: Partial<Record<JenisKanalPengaduan, RegExp>> = {
  sp4n_lapor: /^(?:sp4n[-\s]*lapor!?|lapor!)/i,
  telepon: /^(?:telepon|telpon|telp\.?|call\s*cent(?:er|re)|hotline)/i,
  whatsapp: /^(?:whats\s*app|wa)\b/i,
  sms: /^sms\b/i,
  faksimili: /^(?:faksimili|faksimile|faks\.?|fax)/i,
  email: /^(?:e-?mail|surel)\b/i,
  website: /^(?:situs(?:\s+web)?|website|laman)\b/i,
  media_sosial: /^(?:media\s+sosial|medsos)\b/i,
  kotak_saran: /^kotak\s+(?:saran|pengaduan)\b/i,
  tatap_muka: /^tatap\s+muka\b/i,
  survei: /^survei(?:\s+kepuasan\s+masyarakat)?\b/i,
  radio: /^radio\b/i,
  aplikasi: /^aplikasi\b/i,
  surat: /^surat\b/i,
};

/** Kinds whose address is a number, a mailbox or a web address, found in the line by its shape. */
const TYPED: ReadonlySet<JenisKanalPengaduan> = new Set(['telepon', 'whatsapp', 'sms', 'faksimili', 'email', 'website', 'sp4n_lapor', 'aplikasi', 'media_sosial']);

/** The addresses of a channel of this kind written in a text, and the text without them. */
function addressesIn(kind: JenisKanalPengaduan, text: string): { found: string[]; rest: string } {
  let rest = text;
  const found: string[] = [];
  const take = (value: string) => {
    found.push(value);
    rest = rest.replace(value, ' ');
  };
  if (kind === 'telepon' || kind === 'whatsapp' || kind === 'sms' || kind === 'faksimili') {
    // Numbers written one after another ("(0299) 751234 (0299) 751235") are each one.
    for (const m of text.matchAll(PHONE)) for (const number of m[0].trim().split(/\s+(?=\(0\d|\+62|0\d)/)) if (PHONE_OK.test(number)) take(number);
  } else if (kind === 'email') {
    const email = EMAIL.exec(text);
    if (email) take(email[0]);
  } else if (kind === 'media_sosial') {
    for (const m of text.matchAll(/https?:\/\/\S+/g)) take(m[0].replace(/[.,;]+$/, ''));
  } else if (TYPED.has(kind)) {
    for (const m of text.matchAll(new RegExp(WEB.source, 'gi'))) {
      const address = m[0].replace(/[.,;]+$/, '');
      if (URL_OK.test(address) && !EMAIL.test(address) && /\.[a-z]{2,}/i.test(address)) take(address);
    }
  }
  return { found, rest: rest.replace(/\s+/g, ' ').replace(/\s*\/\s*(?=\s|$)/g, ' ').trim() };
}

/** The words a page prints for each kind of complaint channel, at the start of its line. */
const PAGE_KINDS: [RegExp, JenisKanalPengaduan][] = [
  [/^SP4N-LAPOR!/, 'sp4n_lapor'],
  [/^Telepon\b/, 'telepon'],
  [/^WhatsApp\b/, 'whatsapp'],
  [/^SMS\b/, 'sms'],
  [/^E-mail\b/, 'email'],
  [/^Situs web\b/, 'website'],
  [/^Media sosial\b/, 'media_sosial'],
  [/^Kotak saran\b/, 'kotak_saran'],
  [/^Tatap muka\b/, 'tatap_muka'],
  [/^Surat\b/, 'surat'],
  [/^Aplikasi\b/, 'aplikasi'],
  [/^Faksimili\b/, 'faksimili'],
  [/^Radio\b/, 'radio'],
  [/^Survei kepuasan masyarakat\b/, 'survei'],
  [/^Lainnya\b/, 'lainnya'],
];

/** What each kind's address must look like, so a page's line is read only where validate will accept it. */
const ADDRESS_OK: Partial<Record<JenisKanalPengaduan, (a: string) => boolean>> = {
  telepon: (a) => PHONE_OK.test(a),
  whatsapp: (a) => PHONE_OK.test(a),
  sms: (a) => PHONE_OK.test(a),
  faksimili: (a) => PHONE_OK.test(a),
  email: (a) => EMAIL.test(a),
  website: (a) => URL_OK.test(a),
  sp4n_lapor: (a) => URL_OK.test(a),
  aplikasi: (a) => URL_OK.test(a),
  media_sosial: (a) => URL_OK.test(a),
};

/**
 * "Telepon Layanan pengaduan Disdukcapil: (0299) 751234 Catatan: …", as a page prints a channel:
 * its kind's word, its name, its addresses after the last colon, its note. A channel of a kind the
 * page has no word for is printed by its name alone.
 */
function pageChannel(written: string): KanalPengaduan | undefined {
  const { text, catatan } = splitNote(written);
  const kind = PAGE_KINDS.find(([re]) => re.test(text));
  const rest = kind ? text.replace(kind[0], '') : text;
  const colon = rest.lastIndexOf(': ');
  const nama = tidy(colon >= 0 ? rest.slice(0, colon) : rest);
  const addresses = colon >= 0 ? rest.slice(colon + 2).trim() : '';
  const jenis = kind?.[1] ?? 'lainnya';
  const ok = ADDRESS_OK[jenis];
  const listed = addresses.split(/,\s+/);
  const alamat = ok && listed.every(ok) ? (listed.length > 1 ? listed : listed[0]!) : addresses;
  if (addresses && ok && !listed.every(ok)) return undefined;
  const k: KanalPengaduan = { jenis };
  const platform = PLATFORMS.find(([re]) => new RegExp(`^(?:${re.source}):\\s`, 'i').test(nama))?.[1];
  if (platform && jenis === 'media_sosial') {
    k.platform = platform;
    k.nama = nama.replace(/^[^:]+:\s*/, '');
  } else if (nama) k.nama = nama;
  if (alamat !== '') k.alamat = alamat;
  if (catatan) k.catatan = catatan;
  return k.nama || k.alamat || jenis !== 'lainnya' ? k : undefined;
}

/**
 * One channel: "Telepon : (0299) 751234" (a label and its value), or "Telepon Layanan pengaduan
 * (0299) 751234" (the kind's label, the channel's name, its address), with addresses on lines
 * of their own under it and its note ("Catatan: …").
 */
function channel(source: Item, rec: Recorder): KanalPengaduan | undefined {
  const { item, catatan } = withNote(source);
  const line = item.text.trim();
  const kind = KINDS.find(([re]) => re.test(line))?.[1];
  if (!kind) return undefined;
  // "Media langsung atau tatap muka di unit pengaduan; Kantor Dinas": a desk, then where it is.
  const place = TYPED.has(kind) ? null : /^([^;]{3,80});\s*(\S[^;]{0,80})$/.exec(line);
  if (place && item.children.length === 0 && KINDS.find(([re]) => re.test(place[1]!))?.[1] === kind) {
    rec.place();
    return { jenis: kind, nama: place[1]!.trim(), alamat: place[2]!.trim(), ...(catatan ? { catatan } : {}) };
  }
  // A sentence that only mentions a channel ("… juga ditindaklanjuti di SP4N-LAPOR!") is not one.
  const labelled = LABEL_WORDS[kind]?.test(line) === true;
  if (!labelled && line.split(/\s+/).length > 6 && addressesIn(kind, line).found.length === 0) return undefined;
  const under = item.children.filter((c) => !c.marker && c.children.length === 0).map((c) => c.text.trim());
  if (under.length !== item.children.length) return undefined;
  const k: KanalPengaduan = { jenis: kind };
  // Lines under it: more addresses; for a kind without typed addresses (a box, a desk), where it is.
  const more: string[] = [];
  const remarks: string[] = [];
  for (const u of under) {
    const typed = addressesIn(kind, u);
    if (typed.found.length > 0 && typed.rest === '') more.push(...typed.found);
    else (TYPED.has(kind) ? remarks : more).push(u);
  }
  // A colon that is no part of a web address ("https://") parts a label from its value.
  const colon = /^([^:]{1,40}?)\s*:\s*(\S.*)$/.exec(line.replace(/https?:\/\//gi, (m) => m.replace(':', '\u0000')));
  const unmask = (t: string) => t.replace(/\u0000/g, ':');
  if (colon) {
    // "Telpon : 0821-...", "Facebook : Dispendukcapil Lamongan": the label names it, the value follows.
    const name = tidy(unmask(colon[1]!));
    const { found: own, rest } = addressesIn(kind, unmask(colon[2]!));
    const found = [...own, ...(TYPED.has(kind) ? more : [])];
    if (TYPED.has(kind) && kind !== 'sp4n_lapor' && kind !== 'aplikasi' && kind !== 'media_sosial' && found.length === 0) return undefined;
    if (found.length > 0) k.alamat = found.length === 1 ? found[0]! : found;
    if (kind === 'media_sosial') {
      const platform = PLATFORMS.find(([re]) => re.test(line))?.[1];
      if (platform) k.platform = platform;
      k.nama = rest || name;
    } else if (TYPED.has(kind)) k.nama = [name, rest].filter(Boolean).join(' ');
    else {
      k.nama = line;
      const where = [...(kind !== 'tatap_muka' && rest ? [rest] : []), ...more];
      if (where.length > 0) k.alamat = where.length === 1 ? where[0]! : where;
    }
  } else {
    // "Tatap muka Meja pengaduan", "E-mail pengaduan@…": the kind's label, then the channel's own
    // name (a capital, "@") or its address; "Kotak saran di ruang tunggu" is a name as a whole.
    const label = LABEL_WORDS[kind]?.exec(line);
    const after = label ? line.slice(label[0].length).trim() : '';
    const named = label !== undefined && label !== null && (after === '' || /^[A-Z0-9@(+]/.test(after) || addressesIn(kind, after).found.length > 0);
    const { found, rest } = addressesIn(kind, named ? after : line);
    const addresses = [...found, ...more];
    if (TYPED.has(kind) && kind !== 'sp4n_lapor' && kind !== 'aplikasi' && kind !== 'media_sosial' && addresses.length === 0) return undefined;
    if (addresses.length > 0) k.alamat = addresses.length === 1 ? addresses[0]! : addresses;
    // "Radio Suara Kota": a station's name holds the word.
    const nama = tidy((named || found.length > 0) && kind !== 'radio' ? rest : line);
    if (nama) k.nama = nama;
    else if (!TYPED.has(kind) && label) k.nama = label[0].trim();
  }
  const notes = [...remarks, ...(catatan ? [catatan] : [])];
  if (notes.length > 0) k.catatan = notes.join('\n\n');
  rec.place();
  return k;
}

/** "Saluran pengaduan:", "Tindak lanjut pengaduan:": the parts a complaint section is divided into. */
const CHANNELS_TITLE = /^(?:(?:saluran|media|sarana)\s+pengaduan\b|pengaduan\s+dapat\s+(?:disampaikan|disalurkan|diajukan)\b)[^.]*:\s*$/i;
const FOLLOW_UP_TITLE = /^(?:tindak\s+lanjut|alur|prosedur|mekanisme|tata\s+cara)\s+(?:penanganan\s+)?pengaduan\b[^.]*:?\s*$/i;
const RESPONSE = /paling\s+lama|paling\s+lambat|dalam\s+waktu|selambat/i;

/** "Pengaduan dijawab paling lama 5 (lima) hari kerja.": how a page words a time it was given as numbers. */
const PAGE_ANSWER = /^Pengaduan dijawab paling lama\s+(.+?)\.?$/;

export function parsePengaduan(items: readonly Item[], rec: Recorder, ctx: ParseContext): Pengaduan | undefined {
  const kanal: KanalPengaduan[] = [];
  const tindak: Langkah[] = [];
  const uraian: string[] = [];
  const notes: string[] = [];
  const afterTime: string[] = [];
  let jangka: Pengaduan['jangka_waktu'];
  let part: 'kanal' | 'tindak' | 'catatan' | undefined;
  /** The channel read last, while nothing else has come after it. */
  let lastItem: Item | undefined;
  /** "Petugas pelayanan pengaduan:" over some channels of the list: whose they are, said in their names. */
  let whose: string | undefined;
  const visit = (list: readonly Item[]) => {
    for (const it of splitAll(list)) {
      if (it.rows) {
        uraian.push(...linesOf([it]));
        rec.keep();
        continue;
      }
      const text = it.text.replace(/^(?:\d{1,2}[.)]\s*|[a-z][.)]\s*|[-•·]\s*)+/, '').trim();
      if (text === '') continue;
      if (!it.marker && CHANNELS_TITLE.test(text)) {
        rec.origin(['kanal'], text);
        part = 'kanal';
        visit(it.children);
        continue;
      }
      if (!it.marker && FOLLOW_UP_TITLE.test(text)) {
        rec.origin(['tindak_lanjut'], text);
        part = 'tindak';
        visit(it.children);
        continue;
      }
      const last = kanal[kanal.length - 1];
      if (last && lastItem && !it.marker && it.children.length === 0) {
        // A list without markers (a PDF keeps no bullets): a note or, for a box or a desk, the
        // place, on the line after its channel.
        const note = noteText(text);
        const kind = KINDS.find(([re]) => re.test(text))?.[1];
        if (note && !last.catatan) {
          last.catatan = note;
          continue;
        }
        if (!note && !TYPED.has(last.jenis) && last.alamat === undefined && !(kind && LABEL_WORDS[kind]?.test(text)) && !RESPONSE.test(text) && !/:\s*$/.test(text) && text.split(/\s+/).length <= 12) {
          last.alamat = text;
          continue;
        }
      }
      lastItem = undefined;
      const note = !it.marker ? noteText(text) : undefined;
      if (note !== undefined) {
        part = 'catatan';
        notes.push(...[note, ...linesOf(it.children)].filter((t) => t !== ''));
        continue;
      }
      if (part === 'catatan') {
        notes.push(...linesOf([it]));
        continue;
      }
      // In a list without numbers (a SIPP cell) the steps are the lines that name their actor.
      if (part === 'tindak' && (it.marker || actorColon(text))) {
        tindak.push(step({ ...it, text }, rec.at('tindak_lanjut', tindak.length)));
        continue;
      }
      const listed = part === 'kanal';
      if (listed && !it.marker && it.children.length === 0 && /:\s*$/.test(text)) {
        whose = tidy(text);
        rec.origin(['kanal'], text);
        continue;
      }
      part = listed && it.children.length === 0 ? 'kanal' : undefined;
      // Under "Saluran pengaduan:", the page's own line ("Telepon Layanan pengaduan: (0299) 751234,
      // (0299) 751235 Catatan: …"); a line of no known kind there is a channel by its name.
      const printed = listed && it.children.length === 0 && PAGE_KINDS.some(([re]) => re.test(text)) && /:\s/.test(text.replace(/https?:\/\//g, '')) ? pageChannel(text) : undefined;
      const k = printed ?? channel({ ...it, text }, rec.at('kanal', kanal.length)) ?? (listed && !RESPONSE.test(text) && !PAGE_ANSWER.test(text) && !/[.;]$/.test(text) ? pageChannel(text) : undefined);
      if (printed) rec.place();
      if (k && whose !== undefined && it.marker) k.nama = k.nama ? `${whose}: ${k.nama}` : whose;
      if (!it.marker) whose = undefined;
      if (k) {
        rec.origin(['kanal', kanal.length], linesOf([it]).join(' / '));
        kanal.push(k);
        lastItem = it;
        continue;
      }
      const said = PAGE_ANSWER.exec(text);
      const d = !jangka && RESPONSE.test(text) ? findDuration(said ? said[1]! : text) : undefined;
      if (d) {
        // The page's own sentence says only the time; a document's own wording is kept.
        jangka = { nilai: d.nilai, satuan: d.satuan, ...(said ? {} : { teks: text }) };
        if (said) rec.origin(['jangka_waktu'], text);
        recordDoubts(d, rec.at('jangka_waktu'));
        rec.place();
        continue;
      }
      if (it.children.length > 0 && !it.marker) {
        uraian.push(text);
        visit(it.children);
        continue;
      }
      // What follows the response time, before anything else, is said of it.
      (jangka ? afterTime : uraian).push(...linesOf([{ ...it, text }]).map((l) => l.trim()));
      rec.keep();
    }
  };
  visit(items);
  const out: Pengaduan = {};
  if (kanal.length > 0) out.kanal = kanal;
  if (tindak.length > 0) out.tindak_lanjut = tindak;
  if (jangka) {
    if (afterTime.length > 0) jangka.catatan = afterTime.join('\n');
    out.jangka_waktu = jangka;
  } else uraian.push(...afterTime);
  if (uraian.length > 0) out.uraian = uraian.join('\n');
  if (notes.length > 0) out.catatan = notes.join('\n');
  if (Object.keys(out).length === 0) {
    ctx.unplaced(linesOf(items).join('\n'));
    return undefined;
  }
  return out;
}
