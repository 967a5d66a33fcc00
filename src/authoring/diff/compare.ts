import type { Lang, Text } from '../../i18n/index.js';
import { COMPONENTS } from '../../model/components.js';
import type { DocumentKind } from '../../schema/validators.js';
import { LIFE_EVENT_LABELS } from '../../model/life-events.js';
import { labelOf, SERVICE_CHANNEL_LABELS } from '../../render/labels.js';
import { asArray, isRecord } from '../../load/guards.js';
import { COMPONENT_SNAPSHOTS, field, keyed, notStatedText, str, type Item, type Snapshot } from './snapshot.js';

export interface SectionChange {
  key: string;
  label: string;
  changed: boolean;
  /** The summing-up value, when it differs ("Rp0" → "Rp50.000"). */
  headline?: { from?: string; to?: string };
  added: string[];
  removed: string[];
  modified: { from: string; to: string }[];
}

export interface DocumentDiff {
  kind: DocumentKind;
  /** "Penerbitan KTP Elektronik (DUK-KTP-EL)", from the newer side when it has one. */
  title: string;
  old: string;
  new: string;
  /** The file is not there on that side: it was added (old) or deleted (new). */
  oldMissing: boolean;
  newMissing: boolean;
  sections: SectionChange[];
}

type Obj = Record<string, unknown>;
interface Section {
  key: string;
  label: Text;
  snap: (doc: Obj, lang: Lang) => Snapshot | undefined;
}

const F: Record<string, Text> = {
  kode: { id: 'Kode', en: 'Code' },
  nama: { id: 'Nama', en: 'Name' },
  deskripsi: { id: 'Deskripsi', en: 'Description' },
  kategori: { id: 'Kategori', en: 'Category' },
  peristiwa_hidup: { id: 'Peristiwa hidup', en: 'Life events' },
  versi: { id: 'Versi', en: 'Version' },
  status: { id: 'Status', en: 'Status' },
  reviu: { id: 'Tanggal reviu', en: 'Review date' },
  decree: { id: 'Keputusan', en: 'Decree' },
  consultation: { id: 'Konsultasi publik', en: 'Public consultation' },
  pemerintah: { id: 'Pemerintah', en: 'Government' },
  instansi: { id: 'Instansi', en: 'Agency' },
  singkatan: { id: 'Singkatan', en: 'Abbreviation' },
  alamat: { id: 'Alamat', en: 'Address' },
  telepon: { id: 'Telepon', en: 'Phone' },
  email: { id: 'E-mail', en: 'E-mail' },
  website: { id: 'Situs web', en: 'Website' },
  logo: { id: 'Logo', en: 'Logo' },
  wilayah: { id: 'Wilayah', en: 'Region' },
  kepala: { id: 'Kepala unit', en: 'Head of unit' },
  teks: { id: 'Kalimat maklumat', en: 'Pledge text' },
  janji: { id: 'Janji', en: 'Promise' },
  kompensasi: { id: 'Kompensasi', en: 'Compensation' },
  tempat: { id: 'Tempat', en: 'Place' },
  tanggal: { id: 'Tanggal', en: 'Date' },
  tahun: { id: 'Tahun', en: 'Year' },
  penandatangan: { id: 'Penandatangan', en: 'Signer' },
};

const official = (v: unknown) => (isRecord(v) ? [str(v.nama), str(v.jabatan), str(v.pangkat_golongan), str(v.nip) && `NIP ${str(v.nip)}`].filter(Boolean).join(', ') || undefined : undefined);
const fields = (doc: Obj, keys: string[], lang: Lang, value: (key: string, v: unknown) => unknown = (_k, v) => v) => keys.map((k) => field(F[k]!, value(k, doc[k]), lang));

const channelsSection = (at: (doc: Obj) => unknown): Section['snap'] => (doc, lang) => {
  const v = at(doc);
  if (v === undefined) return undefined;
  return {
    items: keyed(
      asArray(v).map((k) => {
        if (!isRecord(k)) return undefined;
        const name = `${labelOf(SERVICE_CHANNEL_LABELS, k.jenis, lang) ?? '?'}: ${str(k.nama) ?? ''}`;
        return { key: name, text: [name, str(k.alamat), str(k.url)].filter(Boolean).join(', ') };
      }),
    ),
  };
};
const hoursSection = (at: (doc: Obj) => unknown): Section['snap'] => (doc) => {
  const v = at(doc);
  if (v === undefined) return undefined;
  return { items: keyed(asArray(v).map((h) => (isRecord(h) && str(h.hari) ? { key: str(h.hari)!, text: `${str(h.hari)}: ${str(h.jam) ?? ''}` } : undefined))) };
};
const componentSections = (at: (doc: Obj) => unknown): Section[] =>
  COMPONENTS.map((c) => ({
    key: c.key,
    label: c.label,
    snap: (doc, lang) => {
      const komponen = at(doc);
      const v = isRecord(komponen) ? komponen[c.key] : undefined;
      if (v === undefined || v === null) return undefined;
      const notStated = notStatedText(v, lang);
      return notStated ? { headline: notStated, items: [] } : COMPONENT_SNAPSHOTS[c.key](v, lang);
    },
  }));

const SECTIONS: Record<DocumentKind, Section[]> = {
  layanan: [
    {
      key: 'identitas',
      label: { id: 'Identitas layanan', en: 'Service identity' },
      snap: (doc, lang) => {
        const penetapan = isRecord(doc.penetapan) ? doc.penetapan : {};
        const konsultasi = isRecord(doc.konsultasi_publik) ? doc.konsultasi_publik : undefined;
        const peserta = konsultasi ? asArray(konsultasi.peserta).reduce<number>((n, p) => n + (isRecord(p) && typeof p.jumlah === 'number' ? p.jumlah : 0), 0) : 0;
        const decree = [str(penetapan.nomor), str(penetapan.tanggal) ?? str(penetapan.tahun), str(penetapan.tempat), notStatedText(penetapan.penandatangan, lang) ?? official(penetapan.penandatangan)].filter(Boolean).join(', ');
        const consultation = konsultasi ? [str(konsultasi.tanggal), str(konsultasi.tempat), peserta ? `${peserta} ${lang === 'id' ? 'peserta' : 'participants'}` : undefined].filter(Boolean).join(', ') : undefined;
        return {
          items: keyed([
            ...fields(doc, ['kode', 'nama', 'deskripsi', 'kategori', 'versi', 'status'], lang),
            field(F.peristiwa_hidup!, asArray(doc.peristiwa_hidup).map((e) => labelOf(LIFE_EVENT_LABELS, e, lang)).filter(Boolean).join(', ') || undefined, lang),
            field(F.decree!, notStatedText(doc.penetapan, lang) ?? decree, lang),
            field(F.consultation!, notStatedText(doc.konsultasi_publik, lang) ?? consultation, lang),
            field(F.reviu!, doc.tanggal_reviu, lang),
          ]),
        };
      },
    },
    { key: 'kanal', label: { id: 'Kanal layanan', en: 'Service channels' }, snap: channelsSection((d) => d.kanal) },
    { key: 'jam_pelayanan', label: { id: 'Jam pelayanan', en: 'Opening hours' }, snap: hoursSection((d) => d.jam_pelayanan) },
    ...componentSections((d) => d.komponen),
  ],
  penyelenggara: [
    {
      key: 'identitas',
      label: { id: 'Identitas penyelenggara', en: 'Provider identity' },
      snap: (doc, lang) => ({
        items: keyed(
          fields(doc, ['kode', 'pemerintah', 'instansi', 'nama', 'singkatan', 'alamat', 'telepon', 'email', 'website', 'logo', 'wilayah', 'kepala'], lang, (k, v) => {
            if (k === 'kepala') return notStatedText(v, lang) ?? official(v);
            if (isRecord(v)) return Object.values(v).map(str).filter(Boolean).join(', ');
            return v;
          }),
        ),
      }),
    },
    {
      key: 'maklumat',
      label: { id: 'Maklumat pelayanan', en: 'Service pledge' },
      snap: (doc, lang) => {
        const m = doc.maklumat;
        if (!isRecord(m)) return undefined;
        const notStated = notStatedText(m, lang);
        if (notStated) return { headline: notStated, items: [] };
        return { items: keyed([...fields(m, ['teks', 'kompensasi', 'tempat', 'tanggal', 'tahun'], lang), field(F.penandatangan!, notStatedText(m.penandatangan, lang) ?? official(m.penandatangan), lang), ...asArray(m.janji).map((j) => (str(j) ? { key: `${F.janji![lang]}: ${str(j)}`, text: `${F.janji![lang]}: ${str(j)}` } : undefined))]) };
      },
    },
    { key: 'kanal', label: { id: 'Kanal layanan bawaan', en: 'Default service channels' }, snap: channelsSection((d) => (isRecord(d.bawaan) ? d.bawaan.kanal : undefined)) },
    { key: 'jam_pelayanan', label: { id: 'Jam pelayanan bawaan', en: 'Default opening hours' }, snap: hoursSection((d) => (isRecord(d.bawaan) ? d.bawaan.jam_pelayanan : undefined)) },
    ...componentSections((d) => (isRecord(d.bawaan) ? d.bawaan.komponen : undefined)),
  ],
};

/** Pair items by identity: the same key on both sides is one item, changed when its text differs. */
function compareItems(before: Item[], after: Item[]): Pick<SectionChange, 'added' | 'removed' | 'modified'> {
  const old = new Map(before.map((i) => [i.key, i.text]));
  const now = new Map(after.map((i) => [i.key, i.text]));
  return {
    added: after.filter((i) => !old.has(i.key)).map((i) => i.text),
    removed: before.filter((i) => !now.has(i.key)).map((i) => i.text),
    modified: after.filter((i) => old.has(i.key) && old.get(i.key) !== i.text).map((i) => ({ from: old.get(i.key)!, to: i.text })),
  };
}

export interface DiffSide {
  /** How the user named it: "layanan/ktp.yaml", "HEAD~1:layanan/ktp.yaml". */
  label: string;
  /** The document with the provider's defaults applied (or as written); undefined when it did not exist. */
  data: unknown;
  /** false when the file is not there on this side (added or deleted). */
  exists?: boolean;
}

/** What changed between two versions of a document, section by section, in the document's order. */
export function compareDocuments(kind: DocumentKind, before: DiffSide, after: DiffSide, lang: Lang): DocumentDiff {
  const a = isRecord(before.data) ? before.data : {};
  const b = isRecord(after.data) ? after.data : {};
  const sections = SECTIONS[kind].map((s) => {
    const from = s.snap(a, lang);
    const to = s.snap(b, lang);
    const items = compareItems(from?.items ?? [], to?.items ?? []);
    const headlineFrom = from?.headline ?? (from ? undefined : '—');
    const headlineTo = to?.headline ?? (to ? undefined : '—');
    const headlineChanged = (from?.headline !== undefined || to?.headline !== undefined) && headlineFrom !== headlineTo;
    const change: SectionChange = { key: s.key, label: s.label[lang], changed: headlineChanged || items.added.length + items.removed.length + items.modified.length > 0, ...items };
    if (headlineChanged) change.headline = { from: headlineFrom, to: headlineTo };
    return change;
  });
  const name = str(b.nama) ?? str(a.nama) ?? after.label;
  const kode = str(b.kode) ?? str(a.kode);
  return { kind, title: kode ? `${name} (${kode})` : name, old: before.label, new: after.label, oldMissing: before.exists === false, newMissing: after.exists === false, sections };
}
