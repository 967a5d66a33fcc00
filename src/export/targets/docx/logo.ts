import { ImageRun } from 'docx';

/** The letterhead's logo box, in pixels at 96 to the inch (2.3 cm), as the page's `.kop-logo`. */
const BOX = 88;

/**
 * Word draws an SVG from Office 2016 on and needs a bitmap for older versions (and LibreOffice,
 * which shows only the bitmap). The tool has no SVG rasteriser, so that bitmap is one transparent
 * pixel: older readers show an empty frame where the logo stands, never another picture.
 */
const EMPTY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface Decoded {
  type: 'png' | 'jpg' | 'svg' | 'webp';
  data: Buffer;
}

const TYPES: Record<string, Decoded['type']> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg', 'image/webp': 'webp' };

/** The logo of `prepareUnit` (always a base64 `data:` URI of a type it checked by content). */
function decode(uri: string): Decoded | undefined {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(uri);
  const type = m ? TYPES[m[1]!] : undefined;
  return type ? { type, data: Buffer.from(m![2]!, 'base64') } : undefined;
}

const svgLength = (v: string | undefined) => {
  const n = v === undefined || /%$/.test(v) ? NaN : parseFloat(v);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

/** Width and height of the picture, read from its header; undefined when they cannot be. */
function naturalSize(logo: Decoded): { width: number; height: number } | undefined {
  const d = logo.data;
  if (logo.type === 'png' && d.length >= 24) return { width: d.readUInt32BE(16), height: d.readUInt32BE(20) };
  if (logo.type === 'jpg') {
    for (let i = 2; i + 9 < d.length; ) {
      if (d[i] !== 0xff) return undefined;
      const marker = d[i + 1]!;
      // Start-of-frame markers carry the size; C4, C8 and CC are other segments of the same range.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: d.readUInt16BE(i + 7), height: d.readUInt16BE(i + 5) };
      i += 2 + d.readUInt16BE(i + 2);
    }
    return undefined;
  }
  if (logo.type === 'svg') {
    const root = /<svg\b[^>]*>/i.exec(d.toString('utf8'))?.[0] ?? '';
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(root)?.[1];
    const box = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
    const width = svgLength(attr('width')) ?? box?.[2];
    const height = svgLength(attr('height')) ?? box?.[3];
    return width && height && width > 0 && height > 0 ? { width, height } : undefined;
  }
  return undefined;
}

/** The logo fitted into the letterhead's box, its proportions kept. */
function fitted(logo: Decoded) {
  const size = naturalSize(logo);
  if (!size || size.width <= 0 || size.height <= 0) return { width: BOX, height: BOX };
  const scale = BOX / Math.max(size.width, size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/**
 * The unit's logo as a Word picture, or 'unsupported' when Word cannot show its kind (WebP): the
 * letterhead is then made without it and the caller says so. `id` numbers the document's pictures.
 */
export function logoRun(uri: string, alt: string, id: number): ImageRun | 'unsupported' {
  const logo = decode(uri);
  if (!logo || logo.type === 'webp') return 'unsupported';
  const common = { transformation: fitted(logo), altText: { id: String(id), name: `logo-${id}`, description: alt } };
  if (logo.type === 'svg') return new ImageRun({ ...common, type: 'svg', data: logo.data, fallback: { type: 'png', data: EMPTY_PNG } });
  return new ImageRun({ ...common, type: logo.type, data: logo.data });
}
