export const POSTER_SIZES = ['A4', 'A3', 'A2'] as const;
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];
export type Orientation = (typeof ORIENTATIONS)[number];

export interface PosterFormat {
  size: PosterSize;
  orientation: Orientation;
}

/** Short and long side in millimetres (ISO 216). */
export const PAPER_MM: Record<PosterSize, readonly [number, number]> = { A4: [210, 297], A3: [297, 420], A2: [420, 594] };

/** Page box in millimetres, width first. */
export function pageSizeMm({ size, orientation }: PosterFormat): { width: number; height: number } {
  const [short, long] = PAPER_MM[size];
  return orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

/**
 * CSS that sizes a poster: the @page box, and `--skala`, the factor a poster template multiplies
 * its type and spacing by, so an A2 board keeps the proportions of the A4 design and reads from
 * across the service room.
 */
export function posterPageCss(format: PosterFormat): string {
  const { width, height } = pageSizeMm(format);
  const scale = PAPER_MM[format.size][0] / PAPER_MM.A4[0];
  return `@page{size:${width}mm ${height}mm;margin:0}:root{--skala:${scale.toFixed(4)};--lebar-halaman:${width}mm;--tinggi-halaman:${height}mm}`;
}
