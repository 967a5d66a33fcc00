import type { JenisKanalPengaduan as SchemaJenisKanalPengaduan, KanalPengaduan as SchemaKanalPengaduan, Pengaduan as SchemaPengaduan } from '../../../types/schema.js';
import { readSchema } from '../../../schema/validators.js';
import { type Item, labelledParts, linesOf, type Part, splitAll, splitNote, tidy } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { findDuration } from './durasi.js';
import { recordDoubts } from './jangka-waktu.js';
import { plainLines } from './lists.js';
import { actorColon, step } from './prosedur.js';

type JenisKanalPengaduan = Draft<SchemaJenisKanalPengaduan>;
type KanalPengaduan = Draft<SchemaKanalPengaduan>;
type Pengaduan = Draft<SchemaPengaduan>;

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

function channel(line: string, rec: Recorder): KanalPengaduan | undefined {
  const kind = KINDS.find(([re]) => re.test(line))?.[1];
  if (!kind) return undefined;
  const colon = line.indexOf(':');
  const name = tidy(colon > 0 ? line.slice(0, colon) : line);
  const value = colon > 0 ? tidy(line.slice(colon + 1)) : '';
  const k: KanalPengaduan = { jenis: kind };
  if (kind === 'telepon' || kind === 'whatsapp' || kind === 'sms' || kind === 'faksimili') {
    const phones = [...(value || line).matchAll(PHONE)].map((m) => m[0].trim()).filter((p) => PHONE_OK.test(p));
    if (phones.length === 0) return undefined;
    k.alamat = phones.length === 1 ? phones[0]! : phones;
    if (colon > 0 && name) k.nama = name;
  } else if (kind === 'email') {
    const email = EMAIL.exec(line);
    if (!email) return undefined;
    k.alamat = email[0];
    if (colon > 0 && name) k.nama = name;
  } else if (kind === 'website' || kind === 'sp4n_lapor' || kind === 'aplikasi') {
    const url = WEB.exec(value || line.replace(/^[^:]*:\s*/, ''));
    const address = url?.[0].replace(/[.,;]+$/, '');
    if (address && URL_OK.test(address) && !EMAIL.test(address)) k.alamat = address;
    else if (kind === 'website') return undefined;
    k.nama = name || line;
    if (kind === 'sp4n_lapor' && !k.alamat) k.nama = line;
  } else if (kind === 'media_sosial') {
    const platform = PLATFORMS.find(([re]) => re.test(line))?.[1];
    if (platform) k.platform = platform;
    const url = /https?:\/\/\S+/.exec(line)?.[0];
    if (url) k.alamat = url;
    k.nama = value || line;
  } else {
    k.nama = line;
    if (value && kind !== 'tatap_muka') k.alamat = value;
  }
  rec.place();
  return k;
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

/** The parts a page prints under their own label. */
const LABELS = { kanal: /^saluran\s+pengaduan$/i, tindak: /^tindak\s+lanjut\s+pengaduan$/i, catatan: /^catatan$/i };

/** "Pengaduan dijawab paling lama 5 (lima) hari kerja.": how a page words a time it was given as numbers. */
const PAGE_ANSWER = /^Pengaduan dijawab paling lama\s+(.+?)\.?$/;

/**
 * The component as its page prints it: the sentences about it, the channels under "Saluran
 * pengaduan:", the follow-up steps under "Tindak lanjut pengaduan:", then the time to answer, its
 * note and the component's note.
 */
function pageForm(parts: Part[], rec: Recorder): Pengaduan {
  const out: Pengaduan = {};
  const uraian: string[] = [];
  const kanal: KanalPengaduan[] = [];
  const tail: string[] = [];
  const notes: string[] = [];
  let seenLabel = false;
  for (const part of parts) {
    const lines = plainLines(part.items);
    if (part.label === 'kanal') {
      for (const line of lines) {
        const k = pageChannel(line) ?? channel(line, rec.at('kanal', kanal.length));
        if (k) {
          rec.origin(['kanal', kanal.length], line);
          kanal.push(k);
          rec.place();
        } else tail.push(line);
      }
    } else if (part.label === 'tindak') {
      // In a list without numbers the steps are the lines that name their actor; what follows them is not a step.
      const steps = part.items.some((it) => it.marker) ? part.items : part.items.filter((it, i) => part.items.slice(0, i + 1).every((x) => actorColon(x.text)));
      out.tindak_lanjut = steps.map((it, i) => step(it, rec.at('tindak_lanjut', i)));
      tail.push(...plainLines(part.items.filter((it) => !steps.includes(it))));
    } else if (part.label === 'catatan') notes.push([part.value, ...lines].filter(Boolean).join('\n'));
    else (seenLabel ? tail : uraian).push(...lines);
    if (part.label) seenLabel = true;
  }
  const [first, ...after] = tail;
  const said = first !== undefined ? PAGE_ANSWER.exec(first) : undefined;
  const d = said ? findDuration(said[1]!) : first !== undefined && /paling\s+lama|paling\s+lambat|dalam\s+waktu|selambat/i.test(first) ? findDuration(first) : undefined;
  if (d) {
    out.jangka_waktu = { nilai: d.nilai, satuan: d.satuan, ...(said ? {} : { teks: first! }), ...(after.length > 0 ? { catatan: after.join('\n') } : {}) };
    recordDoubts(d, rec.at('jangka_waktu'));
    rec.place();
  } else notes.unshift(...tail);
  if (uraian.length > 0) out.uraian = uraian.join('\n');
  if (kanal.length > 0) out.kanal = kanal;
  if (notes.length > 0) out.catatan = notes.join('\n');
  rec.keep(uraian.length + notes.length);
  return out;
}

export function parsePengaduan(items: readonly Item[], rec: Recorder, ctx: ParseContext): Pengaduan | undefined {
  const parts = labelledParts(splitAll(items), LABELS);
  if (parts.some((p) => p.label === 'kanal' || p.label === 'tindak')) return pageForm(parts, rec);
  const lines = linesOf(items).map((l) => l.trim().replace(/^(?:\d{1,2}[.)]\s*|[a-z][.)]\s*|[-•·]\s*)+/, ''));
  const kanal: KanalPengaduan[] = [];
  const uraian: string[] = [];
  let jangka: Pengaduan['jangka_waktu'];
  for (const line of lines) {
    if (line === '') continue;
    const k = channel(line, rec.at('kanal', kanal.length));
    if (k) {
      rec.origin(['kanal', kanal.length], line);
      kanal.push(k);
      continue;
    }
    const d = !jangka && /paling\s+lama|paling\s+lambat|dalam\s+waktu|selambat/i.test(line) ? findDuration(line) : undefined;
    if (d) {
      jangka = { nilai: d.nilai, satuan: d.satuan, teks: line };
      recordDoubts(d, rec.at('jangka_waktu'));
      rec.place();
      continue;
    }
    uraian.push(line);
    rec.keep();
  }
  const out: Pengaduan = {};
  if (kanal.length > 0) out.kanal = kanal;
  if (jangka) out.jangka_waktu = jangka;
  if (uraian.length > 0) out.uraian = uraian.join('\n');
  if (Object.keys(out).length === 0) {
    ctx.unplaced(lines.join('\n'));
    return undefined;
  }
  return out;
}
