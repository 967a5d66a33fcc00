import { isLang, type Lang } from '../../i18n/index.js';
import { asArray, asRecord } from '../../load/guards.js';
import { renderDocument } from '../kinds.js';
import type { RenderUnit } from '../types.js';
import { PDF_LABELS } from './labels.js';
import { pageParts } from '../engine/page-parts.js';
import { posterPageCss, type PosterFormat } from '../engine/paper.js';
import { qrSvg } from '../engine/qr.js';
import { renderFrame } from '../engine/frames.js';

export interface QrTarget {
  url: string;
  /** What scanning leads to: the unit's published standards, or a complaint channel. */
  kind: 'standar' | 'pengaduan';
}

/** The national complaint channel (SP4N-LAPOR!), open to every provider. */
export const LAPOR_URL = 'https://www.lapor.go.id';

const https = (value: unknown): value is string => typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value);

/**
 * Where a maklumat poster's QR code points: an address given for this run (the published
 * catalogue), else the unit's website, else a complaint channel of the unit with an https
 * address, else SP4N-LAPOR!.
 */
export function qrTargetFor(unit: RenderUnit, explicit?: string): QrTarget {
  if (https(explicit)) return { url: explicit, kind: 'standar' };
  const provider = asRecord(unit.provider);
  if (https(provider.website)) return { url: provider.website, kind: 'standar' };
  // Read defensively: a unit is printed whatever its files hold.
  const complaints = [asRecord(asRecord(provider.bawaan).komponen).pengaduan, ...unit.services.map((s) => asRecord(asRecord(s).komponen).pengaduan)];
  const channels = complaints.flatMap((p) => asArray(asRecord(p).kanal).map(asRecord));
  const online = channels.find((k) => (k.jenis === 'website' || k.jenis === 'sp4n_lapor' || k.jenis === 'aplikasi') && https(k.alamat))?.alamat;
  return { url: https(online) ? online : LAPOR_URL, kind: 'pengaduan' };
}

export interface PosterOptions {
  format: PosterFormat;
  /** Address for the QR code (see qrTargetFor). */
  qr?: string;
  templateDir?: string;
}

/**
 * The unit's maklumat as a poster for the service room: the renderer's maklumat page inside the
 * poster frame, sized A4, A3 or A2, portrait or landscape, with a QR code as inline SVG.
 * Throws RenderError when the unit has no maklumat or a template fails.
 */
export function renderPoster(unit: RenderUnit, options: PosterOptions): string {
  const parts = pageParts(renderDocument('maklumat', unit, undefined, { media: 'print', templateDir: options.templateDir }));
  const base = parts.lang.split('-')[0]!;
  const lang: Lang = isLang(base) ? base : 'id';
  const target = qrTargetFor(unit, options.qr);
  const shown = target.url.replace(/^https:\/\//, '').replace(/\/$/, '');
  return renderFrame(
    'poster',
    {
      bahasa: parts.lang,
      judul: parts.title,
      gaya: parts.styles,
      extraCss: posterPageCss(options.format),
      format: options.format,
      isi: parts.body,
      qr: {
        svg: qrSvg(target.url, `${PDF_LABELS.qrCode[lang]} ${shown}`),
        ajakan: (target.kind === 'standar' ? PDF_LABELS.scanStandards : PDF_LABELS.scanComplaint)[lang],
        alamat: shown,
      },
    },
    options.templateDir,
    lang,
  );
}
