import type QRCodeModule from 'qrcode';
import { lazyRequire } from '../../lazy.js';
import { escapeMarkup } from '../../files/markup.js';

/** The quiet zone the QR specification asks for, in modules, so phones find the code on a busy poster. */
const QUIET_ZONE = 4;

const qrcode = lazyRequire<typeof QRCodeModule>('qrcode');

/** A QR code as geometry: the side in modules (quiet zone included) and one SVG path of its dark runs. */
export interface QrGeometry {
  ukuran: number;
  path: string;
}

/** The geometry of the QR code of `text`, for a template that draws it (the questionnaire's form link). */
export function qrGeometry(text: string): QrGeometry {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  }
  return { ukuran: size + 2 * QUIET_ZONE, path };
}

/**
 * A QR code as inline SVG: one path of dark runs, crisp at any poster size, no image request.
 * Synchronous so templates can call it. `label` becomes the accessible name in the tagged PDF.
 */
export function qrSvg(text: string, label: string): string {
  const { ukuran: full, path } = qrGeometry(text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges" role="img" aria-label="${escapeMarkup(label)}">` +
    `<title>${escapeMarkup(label)}</title><rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
