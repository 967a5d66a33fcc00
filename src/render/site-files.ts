// What a built site's files are called: read by the
// audit (is the site built and current?) and the exports (a service's page address) without
// loading the renderer, its templates and the QR code.

/** Lists the files a build wrote, so the next build removes the pages of deleted services and nothing else (publish/site.ts), and the audit sees what is published. */
export const SITE_MANIFEST = '.standar-situs.json';
/** The manifest is a few KB; a bigger one, a FIFO or a device is not one a build wrote. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * File-system and URL safe, case-folded (two codes differing in case must not collide on
 * macOS/Windows); a service without a code is named by its place.
 */
export function slugs(codes: readonly string[]): string[] {
  const used = new Set<string>();
  return codes.map((kode, i) => {
    const base = (kode || `layanan-${i + 1}`).toLowerCase().replace(/[^a-z0-9._-]/g, '-');
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
