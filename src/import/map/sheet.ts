import { basename } from 'node:path';
import type { Block, ReadDocument, SourceRef, TableCell } from '../blocks.js';
import type { ComponentKey } from '../../model/components.js';
import { deriveKode } from '../../model/names.js';
import { parseLongDate } from '../../model/format.js';
import { lifeEventCode } from '../../model/life-events.js';
import { DERIVED_FIELDS, isComponentField, type ServiceField } from '../../model/service-fields.js';
import { defaultKode, parseWilayah } from '../../model/wilayah.js';
import type { JamPelayanan, KanalLayanan } from '../../types/schema.js';
import { serviceChannelOf } from './components/prosedur.js';
import { itemsOf, splitNote } from './items.js';
import { matchLabel } from './labels.js';
import type { Section } from './outline.js';
import type { Provider } from './provider.js';
import { Recorder, type Draft } from './record.js';
import { cakupanOf, mapDocument, parseSections, type MappedDocument, type MappedService } from './service.js';

/**
 * A spreadsheet of one row per service, as `standar ekspor --ke xlsx|csv|sipp` writes it or as an
 * office fills SIPP's template: recognised by its header row (a column for the service's name and
 * at least one for a component), each row a service whose cells are read like the components of a
 * decree: the component's parser reads the cell's lines. What the row says of its provider (unit,
 * agency, address, phone, e-mail) becomes penyelenggara.yaml; a column the importer does not know
 * lands, with its header, in the service's sumber.catatan.
 */

const norm = (header: string) => header.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:*]+$/, '').trim();

/** The headers each field goes by: the export's own, SIPP's and what offices write in their own sheets. */
const HEADERS: [ServiceField, RegExp][] = [
  ['instansi', /^(?:nama )?instansi(?: induk)?$/],
  ['unit', /^(?:unit(?: (?:penyelenggara|pelayanan|layanan|kerja))?|(?:unit )?penyelenggara(?: pelayanan)?|nama (?:unit|penyelenggara|opd|perangkat daerah)|opd|perangkat daerah)$/],
  ['wilayah', /^wilayah(?: (?:kerja|unit|pelayanan|penyelenggara))?$/],
  ['alamat', /^(?:alamat|lokasi)(?: (?:unit|kantor|layanan|penyelenggara))?$/],
  ['telepon', /^(?:no\.? |nomor )?(?:telepon|telp\.?|tlp\.?)(?: (?:unit|kantor))?$/],
  ['email', /^(?:alamat )?(?:e-?mail|surel)$/],
  ['website', /^(?:situs(?: web)?|website|laman(?: web)?)$/],
  ['kode', /^kode(?: layanan)?$/],
  ['nama', /^(?:nama(?: jenis)? (?:layanan|pelayanan)|jenis (?:layanan|pelayanan)|layanan|nama)$/],
  ['deskripsi', /^(?:deskripsi|uraian)(?: (?:layanan|singkat))?$|^deskripsi$/],
  ['kategori', /^(?:kategori|bidang)(?: layanan)?$/],
  ['peristiwa_hidup', /^peristiwa (?:hidup|kehidupan)$/],
  ['kata_kunci', /^kata kunci$/],
  ['status', /^status(?: standar)?$/],
  ['cakupan', /^cakupan$/],
  ['nomor_sk', /^(?:no\.?|nomor) (?:sk|surat keputusan|keputusan)(?: penetapan)?$|^sk penetapan$/],
  ['tanggal_sk', /^tanggal (?:sk|surat keputusan|keputusan|penetapan)$/],
  ['tanggal_reviu', /^tanggal (?:reviu|review|evaluasi)$/],
  ['gratis', /^gratis$/],
  ['biaya_terendah', /^biaya terendah\b/],
  ['biaya_tertinggi', /^biaya tertinggi\b/],
  ['jangka_waktu_nilai', /^jangka waktu \(angka\)$/],
  ['jangka_waktu_satuan', /^satuan jangka waktu$/],
  ['jumlah_persyaratan', /^jumlah persyaratan$/],
  ['jumlah_langkah', /^jumlah langkah\b/],
  ['kanal', /^(?:kanal|saluran) (?:layanan|pelayanan)$|^kanal$/],
  ['jam_pelayanan', /^jam (?:pelayanan|layanan|buka|operasional)$/],
  ['siap_terbit', /^siap terbit$/],
];

/** What a column holds, by its header; undefined for a header the importer does not know. */
export function headerField(header: string): ServiceField | undefined {
  const h = norm(header);
  const known = HEADERS.find(([, re]) => re.test(h))?.[0];
  if (known) return known;
  const label = matchLabel(header.trim());
  return label && label.rest === '' ? label.key : undefined;
}

interface ServiceSheet {
  block: Extract<Block, { kind: 'table' }>;
  headers: string[];
  fields: (ServiceField | undefined)[];
}

/** A table of one row per service: a column for the name and at least one component. */
function serviceSheet(block: Block): ServiceSheet | undefined {
  if (block.kind !== 'table' || block.rows.length < 2 || detailSheet(block)) return undefined;
  const headers = block.rows[0]!.map((c) => c.text.replace(/\s+/g, ' ').trim());
  const fields = headers.map((h) => (h === '' ? undefined : headerField(h)));
  return fields.includes('nama') && fields.some((f) => f !== undefined && isComponentField(f)) ? { block, headers, fields } : undefined;
}

/** The export's own sheets of tariff lines and requirements: what they hold is in the service sheet's cells already. */
function detailSheet(block: Block): boolean {
  if (block.kind !== 'table') return false;
  const headers = new Set(block.rows[0]?.map((c) => norm(c.text)));
  return headers.has('kode layanan') && headers.has('uraian') && (headers.has('jumlah (rp)') || headers.has('kelompok'));
}

/** "Belum diisi", "Tidak dimuat …": the pages' words for a component a document does not give. */
const ABSENT = /^(?:belum diisi|not filled in|tidak dimuat\b.*|not (?:in this excerpt|included\b.*))$/is;
/** "Tidak dinyatakan dalam dokumen: <alasan>": the document says it does not state this. */
const NOT_STATED = /^(?:tidak dinyatakan dalam dokumen|not stated in the document)(?::\s*(.+))?$/is;

/** "2026-02-16", "16/02/2026", "16 Februari 2026" as ISO; undefined for anything else. */
function isoDate(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    return new Date(`${iso}T00:00:00Z`).getUTCDate() === Number(dmy[1]) ? iso : undefined;
  }
  return parseLongDate(text);
}

/** "Tatap muka: Kantor Disdukcapil — Jl. Merdeka Raya No. 17 Catatan: …" (the export's line) as a channel. */
function channelOf(written: string): Draft<KanalLayanan> {
  const { text: line, catatan } = splitNote(written);
  const [head, ...places] = line.split(/\s+—\s+/).map((s) => s.trim());
  const colon = head!.indexOf(': ');
  const jenis = serviceChannelOf(colon >= 0 ? head!.slice(0, colon) : head!);
  // A channel of a kind the list has no word for goes by its own name.
  const nama = jenis ? (colon >= 0 ? head!.slice(colon + 2).trim() : undefined) : head;
  const channel: Draft<KanalLayanan> = { jenis: jenis ?? 'lainnya' };
  if (nama) channel.nama = nama;
  for (const place of places) {
    if (/^https?:\/\/\S+$/.test(place)) channel.url = place;
    else channel.alamat = place;
  }
  if (catatan) channel.catatan = catatan;
  return channel;
}

/** "Senin–Kamis: 08.00–15.30 (Istirahat 12.00–13.00)" (the export's line) as opening hours. */
function hoursOf(line: string): Draft<JamPelayanan> | undefined {
  const m = /^(.+?):\s+(\S+(?:\s?(?:[-–—]|s\/d|sampai|hingga)\s?\S+)?)(?:\s+\((.+)\))?$/.exec(line);
  if (!m) return undefined;
  return { hari: m[1]!.trim(), jam: m[2]!, ...(m[3] ? { catatan: m[3] } : {}) };
}

/** What a row says of the office that delivers the service: penyelenggara.yaml's, not the service's. */
const PROVIDER_FIELDS: readonly ServiceField[] = ['instansi', 'unit', 'wilayah', 'alamat', 'telepon', 'email', 'website'];

const VALID_KODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

interface RowContext {
  file: string;
  sheet: ServiceSheet;
  taken: Set<string>;
}

/** Where a row stands, for its notes: the cell of its first non-empty value. */
const rowAt = (row: readonly TableCell[]): SourceRef | undefined => row.find((c) => c.blocks.length > 0)?.blocks[0]!.at;

function mapRow(row: readonly TableCell[], { file, sheet, taken }: RowContext): { service: MappedService; provider: Record<string, string> } | undefined {
  const rec = new Recorder();
  const values = new Map<ServiceField, string>();
  const unknown: string[] = [];
  const sections: Section[] = [];
  const notStated: Record<string, unknown> = {};
  sheet.fields.forEach((field, i) => {
    const cell = row[i];
    const text = cell?.text.trim() ?? '';
    if (!cell || text === '') return;
    if (!field) {
      unknown.push(`${sheet.headers[i] || `Kolom ${i + 1}`}: ${text}`);
      return;
    }
    if (DERIVED_FIELDS.has(field)) return;
    if (!isComponentField(field)) {
      if (!values.has(field)) values.set(field, text);
      // A region the importer cannot place (a kind it does not know) is kept for the reader to move.
      if (field === 'wilayah' && !parseWilayah(text)) unknown.push(`${sheet.headers[i]}: ${text}`);
      return;
    }
    if (ABSENT.test(text)) return;
    const stated = NOT_STATED.exec(text);
    if (stated) notStated[field] = { tidak_dinyatakan: true, ...(stated[1] ? { alasan: stated[1].trim() } : {}) };
    else sections.push({ key: field, label: sheet.headers[i]!, at: cell.blocks[0]!.at, items: itemsOf(cell.blocks) });
  });
  const nama = values.get('nama');
  if (!nama && sections.length === 0) return undefined;

  const data: Record<string, unknown> = {};
  const ownKode = values.get('kode');
  const kode = ownKode && VALID_KODE.test(ownKode) && !taken.has(ownKode.toUpperCase()) ? ownKode : deriveKode(nama ?? ownKode ?? 'layanan', taken);
  taken.add(kode.toUpperCase());
  data.kode = kode;
  if (kode !== ownKode) rec.check(['kode'], { id: 'kode dibentuk dari nama layanan seperti pada standar new', en: 'code made from the service name as standar new does' });
  data.nama = nama ?? kode;
  if (!nama) rec.check(['nama'], { id: 'baris ini tidak memberi nama layanan; nama diambil dari kodenya', en: 'this row gives no service name; the name comes from its code' });
  const deskripsi = values.get('deskripsi');
  if (deskripsi) data.deskripsi = deskripsi;
  const kategori = values.get('kategori');
  if (kategori) data.kategori = kategori;
  const events = (values.get('peristiwa_hidup') ?? '').split(/\s*[;,]\s*/).filter(Boolean);
  const codes = events.map(lifeEventCode);
  const known = [...new Set(codes.filter((c) => c !== undefined))];
  if (known.length > 0) data.peristiwa_hidup = known;
  unknown.push(...events.filter((_, i) => codes[i] === undefined).map((e) => `Peristiwa hidup: ${e}`));
  const kataKunci = values.get('kata_kunci')?.split(/\s*[,;]\s*/).filter(Boolean);
  if (kataKunci?.length) data.kata_kunci = kataKunci;
  data.status = 'draf';
  const status = values.get('status');
  if (status && status !== 'draf') rec.origin(['status'], `Status: ${status}`);
  const nomor = values.get('nomor_sk');
  const tanggal = values.get('tanggal_sk');
  if (nomor || tanggal) {
    const iso = tanggal ? isoDate(tanggal) : undefined;
    data.penetapan = { ...(nomor ? { nomor } : {}), ...(iso ? { tanggal: iso } : tanggal && /^\d{4}$/.test(tanggal) ? { tahun: Number(tanggal) } : {}) };
    if (tanggal && !iso && !/^\d{4}$/.test(tanggal)) unknown.push(`Tanggal keputusan: ${tanggal}`);
  }
  const reviu = values.get('tanggal_reviu');
  if (reviu && isoDate(reviu)) data.tanggal_reviu = isoDate(reviu);
  else if (reviu) unknown.push(`Tanggal reviu: ${reviu}`);
  const kanal = values.get('kanal');
  if (kanal) data.kanal = lines(kanal).map(channelOf);

  const { komponen, hours, unplaced } = parseSections(sections, rec);
  const jam = lines(values.get('jam_pelayanan') ?? '').map((l) => hoursOf(l) ?? l);
  const readHours = [...jam.filter((h): h is Draft<JamPelayanan> => typeof h !== 'string'), ...hours];
  unknown.push(...jam.filter((h): h is string => typeof h === 'string').map((l) => `Jam pelayanan: ${l}`));
  if (readHours.length > 0) data.jam_pelayanan = readHours;
  const all = { ...komponen, ...notStated };
  const cakupan = values.get('cakupan');
  data.cakupan = cakupan === 'lengkap' || cakupan === 'penyampaian' || cakupan === 'kutipan' ? cakupan : cakupanOf(Object.keys(all) as ComponentKey[]);
  const at = rowAt(row)?.cell;
  const where = at ? ` (lembar "${at.sheet}", baris ${at.row})` : '';
  const notes = [`Diimpor dari ${basename(file)}${where}.`, ...unknown, ...unplaced];
  data.sumber = { judul: basename(file), catatan: notes.join('\n') };
  if (notes.length > 1) rec.check(['sumber', 'catatan'], { id: 'kolom lembar kerja yang tidak dikenali atau isi yang tidak dapat ditempatkan; pindahkan ke tempatnya', en: 'spreadsheet columns not recognised or content that could not be placed; move them where they belong' });
  data.komponen = all;
  const provider: Record<string, string> = {};
  for (const f of PROVIDER_FIELDS) if (values.has(f)) provider[f] = values.get(f)!;
  rec.place([...values.keys()].filter((f) => !PROVIDER_FIELDS.includes(f)).length);
  return { service: { data, rec, komponen: Object.keys(komponen) as ComponentKey[] }, provider };
}

/** The provider a row names: its unit (the office), its agency or government, address and contacts. */
function providerOf(row: Record<string, string>): { data: Provider; rec: Recorder } | undefined {
  const nama = row.unit;
  if (!nama) return undefined;
  const rec = new Recorder();
  const data: Partial<Provider> = { nama };
  const instansi = row.instansi;
  if (instansi && /^pemerintah\b/i.test(instansi)) {
    data.pemerintah = instansi;
    const w = parseWilayah(instansi.replace(/^pemerintah\s+/i, ''));
    if (w && w.jenis !== 'nasional') data.wilayah = { jenis: w.jenis, nama: w.nama };
  } else if (instansi) data.instansi = instansi;
  // The region the row names itself, over the one read from a government's name.
  const region = row.wilayah ? parseWilayah(row.wilayah) : undefined;
  if (region) data.wilayah = { jenis: region.jenis, nama: region.nama };
  data.kode = defaultKode(nama, data.wilayah ? { jenis: data.wilayah.jenis as 'kota', nama: data.wilayah.nama } : undefined);
  rec.check(['kode'], { id: 'kode dibentuk dari nama unit seperti pada standar init; ganti bila unit sudah punya kode', en: 'code made from the unit name as standar init does; replace it if the unit has one' });
  if (row.alamat) data.alamat = row.alamat;
  if (row.telepon) {
    const phones = row.telepon.split(/\s*[,;]\s*/).filter(Boolean);
    data.telepon = phones.length > 1 ? phones : phones[0]!;
  }
  if (row.email) data.email = row.email;
  if (row.website) data.website = row.website;
  return { data: data as Provider, rec };
}

/**
 * The services of a spreadsheet in the one-row-per-service layout, undefined when it has no such
 * sheet. Other sheets are read as any document is (a cover sheet with a letterhead, a sheet of
 * notes), except the export's own sheets of tariff lines and requirements.
 */
export function mapServiceSheets(doc: ReadDocument, taken: Set<string>): MappedDocument | undefined {
  const sheets = doc.blocks.map(serviceSheet);
  if (!sheets.some(Boolean)) return undefined;
  const out: MappedDocument = { services: [] };
  const others = doc.blocks.filter((b, i) => !sheets[i] && !detailSheet(b));
  let firstUnit: string | undefined;
  for (const sheet of sheets) {
    if (!sheet) continue;
    for (const row of sheet.block.rows.slice(1)) {
      const mapped = mapRow(row, { file: doc.file, sheet, taken });
      if (!mapped) continue;
      out.services.push(mapped.service);
      // Offices of one name in several regions are several units.
      const unit = [mapped.provider.unit, mapped.provider.wilayah].filter(Boolean).join(', ');
      if (!out.provider) {
        const provider = providerOf(mapped.provider);
        if (provider) {
          out.provider = provider;
          firstUnit = unit;
        }
      } else if (unit && unit !== firstUnit) {
        mapped.service.rec.check(['nama'], { id: `baris ini milik unit lain (${unit}); pindahkan drafnya ke folder unit itu`, en: `this row belongs to another unit (${unit}); move its draft to that unit's folder` });
      }
    }
  }
  if (others.length > 0) {
    const rest = mapDocument({ ...doc, blocks: others }, taken);
    out.services.push(...rest.services);
    out.provider ??= rest.provider;
  }
  return out;
}
