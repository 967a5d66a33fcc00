import { parseLongDate } from '../../model/format.js';
import { lifeEventCode } from '../../model/life-events.js';
import type { JamPelayanan, KanalLayanan, KelompokPeserta, KonsultasiPublik, PeristiwaHidup } from '../../types/schema.js';
import { serviceChannelOf } from './components/prosedur.js';
import { type Item, noteText, tidy, withNote, written } from './items.js';
import type { Draft, Recorder } from './record.js';
import { parseTerbilang } from '../../model/terbilang.js';

/**
 * What a document says of a service besides its components, under labels of their own around
 * them: its version and review date, category, life events, where and how to apply, opening hours (a "Hari |
 * Jam" table), code, keywords and its public consultation (forum, participants, minutes).
 */

export interface ServiceInfo {
  versi?: string;
  tanggal_reviu?: string;
  kategori?: string;
  peristiwa_hidup?: PeristiwaHidup[];
  kode?: string;
  kata_kunci?: string[];
  kanal?: Draft<KanalLayanan>[];
  jam_pelayanan?: Draft<JamPelayanan>[];
  konsultasi_publik?: Draft<KonsultasiPublik>;
}

const DATE = String.raw`\d{1,2}\s+[A-Za-z]+\s+\d{4}`;

const PARTICIPANTS: [RegExp, KelompokPeserta][] = [
  [/^pengguna\s+layanan$/i, 'pengguna_layanan'],
  [/^akademisi$/i, 'akademisi'],
  [/^pakar$/i, 'pakar'],
  [/^instansi\s+terkait$/i, 'instansi_terkait'],
  [/^organisasi\s+masyarakat$/i, 'organisasi_masyarakat'],
  [/^media$/i, 'media'],
  [/^tokoh\s+masyarakat$/i, 'tokoh_masyarakat'],
  [/^kelompok\s+rentan$/i, 'kelompok_rentan'],
];

const URL = /https?:\/\/\S+/;

/** "Kelahiran, Identitas dan kependudukan" as codes, when the vocabulary knows every name. */
function lifeEvents(value: string): PeristiwaHidup[] | undefined {
  const codes = value.split(/\s*[,;]\s*/).filter(Boolean).map(lifeEventCode);
  return codes.length > 0 && codes.every((c) => c !== undefined) ? [...new Set(codes)] : undefined;
}

/** "Tatap muka: Kantor Disdukcapil" with its address and note under it; "Daring (online): SIDUKMAJU https://…". */
function serviceChannel(source: Item): Draft<KanalLayanan> | undefined {
  const { item, catatan } = withNote(source);
  const m = /^([^:]{2,40}):\s*(.*)$/.exec(item.text.replace(/https?:\/\//g, (s) => s.replace(':', '\u0000')));
  const label = (m ? m[1]! : item.text).trim();
  const jenis = serviceChannelOf(label);
  const value: Draft<KanalLayanan> = { jenis: jenis ?? 'lainnya' };
  let rest = (m ? m[2]! : '').replace(/\u0000/g, ':').trim();
  const url = URL.exec(rest)?.[0];
  if (url) {
    value.url = url.replace(/[.,;]+$/, '');
    rest = rest.replace(url, '').trim();
  }
  // A channel of no listed kind is named by its label.
  const nama = jenis ? rest : [label, rest].filter(Boolean).join(': ');
  if (nama) value.nama = tidy(nama);
  const under = item.children.filter((c) => !c.marker).map((c) => c.text.trim());
  if (under.length > 0) value.alamat = under.join('; ');
  if (catatan) value.catatan = catatan;
  return jenis || m ? value : undefined;
}

/** "Hari | Jam" rows: the day, the hours and their note. */
function openingHours(rows: { text: string; items: Item[] }[][]): Draft<JamPelayanan>[] | undefined {
  const header = rows[0]?.map((c) => c.text.trim().toLowerCase());
  if (!header || header.length < 2 || !/^hari$/.test(header[0]!) || !/^(?:jam|waktu|pukul)/.test(header[1]!)) return undefined;
  return rows.slice(1).map((row) => {
    const [first, ...rest] = row[1]?.items ?? [];
    const { item, catatan } = withNote({ ...(first ?? { text: '', children: [], at: {} as Item['at'] }), children: [...(first?.children ?? []), ...rest] });
    const j: Draft<JamPelayanan> = { hari: row[0]!.text.trim(), jam: item.text.trim() };
    if (catatan) j.catatan = catatan;
    return j;
  });
}

/** "12 (dua belas) orang pengguna layanan: Pemohon …", "Berita acara NOMOR …, 27 Januari 2026: https://…". */
function consultation(lines: readonly string[]): Draft<KonsultasiPublik> | undefined {
  const out: Partial<Draft<KonsultasiPublik>> = {};
  const peserta: NonNullable<Draft<KonsultasiPublik>['peserta']> = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // A line broken inside a date or before an address ("… 27 Januari" / "2026: https://…") goes on.
    if (/^berita\s+acara\b/i.test(line) && lines[i + 1] && !/^\d+\s*(?:\([a-z\s]+\)\s*)?orang\b/i.test(lines[i + 1]!)) line = `${line} ${lines[++i]}`;
    const when = new RegExp(String.raw`^(${DATE})(?:,\s*(.+))?$`).exec(line);
    const who = /^(\d+)\s*(?:\(([a-z\s]+)\)\s*)?orang\s+([^:]+?)(?::\s*(.+))?$/i.exec(line);
    const minutes = new RegExp(String.raw`^berita\s+acara(?:\s+nomor\s+([^,:]+?))?(?:,\s*(${DATE}))?(?::\s*(\S+))?$`, 'i').exec(line);
    if (when && out.tanggal === undefined && parseLongDate(when[1]!)) {
      out.tanggal = parseLongDate(when[1]!)!;
      if (when[2]) out.tempat = when[2].trim();
    } else if (who && (!who[2] || parseTerbilang(who[2])?.value === Number(who[1]))) {
      const kelompok = PARTICIPANTS.find(([re]) => re.test(who[3]!.trim()))?.[1] ?? 'lainnya';
      const p: (typeof peserta)[number] = { kelompok, jumlah: Number(who[1]) };
      if (who[4]) p.uraian = who[4].trim();
      else if (kelompok === 'lainnya') p.uraian = who[3]!.trim();
      peserta.push(p);
    } else if (minutes && !out.berita_acara) {
      if (!minutes[1]) {
        out.catatan = [out.catatan, line].filter(Boolean).join('\n');
        continue;
      }
      const b: NonNullable<Draft<KonsultasiPublik>['berita_acara']> = { nomor: minutes[1].trim() };
      const date = minutes[2] ? parseLongDate(minutes[2]) : undefined;
      if (date) b.tanggal = date;
      if (minutes[3]) b.url = minutes[3];
      out.berita_acara = b;
    } else out.catatan = [out.catatan, line].filter(Boolean).join('\n');
  }
  if (peserta.length > 0) out.peserta = peserta;
  // A forum is known by its date; without one, what was read stays text.
  return out.tanggal !== undefined ? (out as Draft<KonsultasiPublik>) : undefined;
}

type Label = 'kode' | 'kata_kunci' | 'kategori' | 'peristiwa_hidup' | 'konsultasi' | 'status';
const LABELS: [RegExp, Label][] = [
  [/^kode(?:\s+layanan)?$/i, 'kode'],
  [/^kata\s+kunci$/i, 'kata_kunci'],
  [/^kategori(?:\s+layanan)?$/i, 'kategori'],
  [/^peristiwa\s+(?:hidup|kehidupan)$/i, 'peristiwa_hidup'],
  [/^(?:forum\s+)?konsultasi\s+publik$/i, 'konsultasi'],
  [/^status(?:\s+dokumen)?$/i, 'status'],
];

/** A label and the lines of its value, from a row of two cells or a "Label: value" line. */
function labelled(it: Item): { label: Label; name: string; lines: string[] }[] {
  if (it.rows) {
    return it.rows.flatMap((row) => {
      const cells = row.filter((c) => c.text.trim() !== '');
      const label = cells.length === 2 ? LABELS.find(([re]) => re.test(cells[0]!.text.trim()))?.[1] : undefined;
      return label ? [{ label, name: cells[0]!.text.trim(), lines: [...walkLines(cells[1]!.items)] }] : [];
    });
  }
  const m = /^([^:]{2,30}):\s+(.+)$/.exec(it.text);
  const label = m ? LABELS.find(([re]) => re.test(m[1]!.trim()))?.[1] : undefined;
  return label ? [{ label, name: m![1]!.trim(), lines: [m![2]!.trim(), ...walkLines(it.children)] }] : [];
}

function* walkLines(items: readonly Item[]): Generator<string> {
  for (const it of items) {
    if (it.text.trim()) yield it.text.trim();
    yield* walkLines(it.children);
  }
}

/**
 * The service's own facts read out of the lines before its first component and after its
 * tables; the lines that say none of them are returned, for its description or notes.
 */
export function readServiceInfo(items: readonly Item[], rec: Recorder): { info: ServiceInfo; rest: Item[] } {
  const info: ServiceInfo = {};
  const rest: Item[] = [];
  let channels = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const text = it.text.trim();
    const version = new RegExp(String.raw`^versi\s+(\S+)(?:\s*[·|,;–-]\s*(?:jadwal|tanggal)\s+reviu\s*:?\s*(${DATE}))?$`, 'i').exec(text);
    const review = new RegExp(String.raw`^(?:jadwal|tanggal)\s+reviu\s*:?\s*(${DATE})$`, 'i').exec(text);
    if (!it.rows && (version || review)) {
      if (version) info.versi = version[1]!;
      const date = parseLongDate((version?.[2] ?? review?.[1]) || '');
      if (date) info.tanggal_reviu = date;
      rec.origin([version ? 'versi' : 'tanggal_reviu'], text);
      continue;
    }
    if (!it.rows && /^(?:tempat\s+dan\s+cara\s+mengajukan|kanal\s+(?:pelayanan|layanan)|cara\s+mengajukan)\s*:?\s*$/i.test(text)) {
      channels = true;
      rec.origin(['kanal'], text);
      for (const c of it.children) {
        const k = serviceChannel(c);
        if (k) {
          rec.origin(['kanal', info.kanal?.length ?? 0], c.text);
          (info.kanal ??= []).push(k);
        } else rest.push(c);
      }
      continue;
    }
    if (channels && !it.rows) {
      const k = /^[^:]{2,40}:\s/.test(text) && noteText(text) === undefined ? serviceChannel(it) : undefined;
      const last = info.kanal?.[info.kanal.length - 1];
      if (k) {
        rec.origin(['kanal', info.kanal?.length ?? 0], text);
        (info.kanal ??= []).push(k);
        continue;
      }
      // A list without markers (a PDF keeps no bullets): the address and the note under a channel.
      const note = noteText(text);
      if (last && note && !last.catatan) {
        last.catatan = note;
        continue;
      }
      if (last && !note && !last.alamat && !last.catatan && it.children.length === 0) {
        last.alamat = text;
        continue;
      }
    }
    channels = false;
    if (!it.rows && /^jam\s+(?:pelayanan|layanan|buka|operasional)\s*:?\s*$/i.test(text) && items[i + 1]?.rows) {
      const hours = openingHours(items[i + 1]!.rows!);
      if (hours) {
        info.jam_pelayanan = hours;
        rec.origin(['jam_pelayanan'], text);
        i++;
        continue;
      }
    }
    const hours = it.rows ? openingHours(it.rows) : undefined;
    if (hours) {
      info.jam_pelayanan = hours;
      continue;
    }
    if (labelled(it).length === 0) {
      rest.push(it);
      continue;
    }
    const read = (row: Item) =>
      labelled(row).every(({ label, name, lines }) => {
        const value = lines.join(' ');
        const events = label === 'peristiwa_hidup' ? lifeEvents(value) : undefined;
        if (label === 'kode' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) info.kode = value;
        else if (label === 'kata_kunci') info.kata_kunci = value.split(/\s*[,;]\s*/).filter(Boolean);
        else if (label === 'kategori') info.kategori = value;
        // Only when every name is the vocabulary's: otherwise the line stays as written, in the notes.
        else if (events) info.peristiwa_hidup = events;
        else if (label === 'konsultasi' && consultation(lines)) {
          info.konsultasi_publik = consultation(lines);
          rec.origin(['konsultasi_publik'], [name, ...lines].join('\n'));
        }
        // Every import is a draft: the status the document states is kept as its words.
        else if (label === 'status') rec.origin(['status'], `${name}: ${value}`);
        else return false;
        return true;
      });
    if (!it.rows) {
      if (!read(it)) rest.push(it);
      continue;
    }
    const unread = it.rows.filter((row) => !read({ ...it, rows: [row] }) || labelled({ ...it, rows: [row] }).length === 0);
    if (unread.length > 0) rest.push({ ...it, rows: unread });
  }
  return { info, rest: rest.filter((it) => written(it) !== '' || it.rows) };
}
