import type { JenisKanalPengaduan as SchemaJenisKanalPengaduan, KanalPengaduan as SchemaKanalPengaduan, Pengaduan as SchemaPengaduan } from '../../../types/schema.js';
import { readSchema } from '../../../schema/validators.js';
import { type Item, linesOf, tidy } from '../items.js';
import type { Draft, Recorder } from '../record.js';
import type { ParseContext } from './context.js';
import { findDuration } from './durasi.js';
import { recordDoubts } from './jangka-waktu.js';

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

export function parsePengaduan(items: readonly Item[], rec: Recorder, ctx: ParseContext): Pengaduan | undefined {
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
