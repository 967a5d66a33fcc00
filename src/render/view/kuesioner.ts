import type { Lang } from '../../i18n/index.js';
import { asRecord } from '../../load/guards.js';
import { PROFILE_FIELDS, SKM_REGULATION, SKM_UNSUR } from '../../model/skm.js';
import { qrGeometry, type QrGeometry } from '../engine/qr.js';
import { labels } from '../labels.js';
import { httpsHref } from '../links.js';
import { line } from './read.js';

/** One tick box: what it says and, for an answer, the number staff type into the sheet for it. */
export interface PilihanView {
  teks: string;
  nilai?: number;
}

/** The questionnaire of one service; documented field by field in docs/templates.md. */
export interface KuesionerView {
  layanan: { nama: string; kode?: string };
  /** The profile questions; staff type the code of a choice, which its words make plain (L, SD, PNS). */
  profil: { id: string; label: string; pilihan: PilihanView[] }[];
  unsur: { no: number; kode: string; label: string; pertanyaan: string; pilihan: PilihanView[] }[];
  /** The unit's online form (`skm.formulir`), drawn as a QR code. */
  formulir?: { href: string; alamat: string; alamatBagian: string[]; qr: QrGeometry & { label: string } };
  /** Where the unsur and the options come from. */
  dasar: string;
}

/** The unit's online survey form, when penyelenggara.yaml gives an https one. */
function onlineForm(provider: unknown, lang: Lang): KuesionerView['formulir'] {
  const href = httpsHref(line(asRecord(asRecord(provider).skm).formulir));
  if (!href) return undefined;
  const alamat = href.replace(/^https:\/\//, '').replace(/\/$/, '');
  // Printed under a narrow code, the address may only break after a dot or a slash.
  return { href, alamat, alamatBagian: alamat.split(/(?<=[./])/), qr: { ...qrGeometry(href), label: `${labels(lang).surveyQr} ${alamat}` } };
}

/**
 * The printed questionnaire of PermenPANRB 14/2017 for one service: the respondent's profile and
 * the nine unsur, each answer with the number typed into the data-entry sheet.
 */
export function kuesionerView(service: unknown, provider: unknown, lang: Lang): KuesionerView {
  const s = asRecord(service);
  const kode = line(s.kode);
  const view: KuesionerView = {
    layanan: { nama: line(s.nama) ?? kode ?? '', ...(kode ? { kode } : {}) },
    profil: PROFILE_FIELDS.map((f) => ({
      id: `profil-${f.kolom.toLowerCase().replace(/\s+/g, '-')}`,
      label: f.label[lang],
      pilihan: f.pilihan.map((p) => ({ teks: p.label[lang] })),
    })),
    unsur: SKM_UNSUR.map((u, i) => ({
      no: i + 1,
      kode: u.kode,
      label: u.label[lang],
      pertanyaan: u.pertanyaan[lang],
      pilihan: u.pilihan.map((p, answer) => ({ teks: p[lang], nilai: answer + 1 })),
    })),
    dasar: `${labels(lang).surveyBasis} ${SKM_REGULATION}.`,
  };
  const formulir = onlineForm(provider, lang);
  if (formulir) view.formulir = formulir;
  return view;
}
