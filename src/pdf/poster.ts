import { isLang, type Lang } from '../i18n/index.js';
import { stated } from '../model/absence.js';
import { renderDocument } from '../render/document.js';
import type { RenderUnit } from '../render/types.js';
import { PDF_LABELS } from './labels.js';
import { pageParts } from './page-parts.js';
import { posterPageCss, type PosterFormat } from './paper.js';
import { qrSvg } from './qr.js';
import { renderFrame } from './templates.js';

export interface QrTarget {
  url: string;
  /** What scanning leads to: the unit's published standards, or a complaint channel. */
  kind: 'standar' | 'pengaduan';
}

/** The national complaint channel (SP4N-LAPOR!), open to every provider. */
export const LAPOR_URL = 'https://www.lapor.go.id';

const https = (value: string | undefined): value is string => typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value);

/**
 * Where a maklumat poster's QR code points: an address given for this run (the published
 * catalogue), else the unit's website, else a complaint channel of the unit with an https
 * address, else SP4N-LAPOR!.
 */
export function qrTargetFor(unit: RenderUnit, explicit?: string): QrTarget {
  if (https(explicit)) return { url: explicit, kind: 'standar' };
  if (https(unit.provider?.website)) return { url: unit.provider.website, kind: 'standar' };
  const channels = [unit.provider?.bawaan?.komponen?.pengaduan, ...unit.services.map((s) => s.komponen?.pengaduan)].flatMap((p) => stated(p)?.kanal ?? []);
  const online = channels.map((k) => (k.jenis === 'website' || k.jenis === 'sp4n_lapor' || k.jenis === 'aplikasi' ? k.alamat : undefined)).find((a): a is string => typeof a === 'string' && https(a));
  return { url: online ?? LAPOR_URL, kind: 'pengaduan' };
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
