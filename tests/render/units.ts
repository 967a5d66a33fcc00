import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadUnits } from '../../src/check/load-units.js';
import { gate } from '../../src/render/gate.js';
import { buildSite, prepareUnit, renderDocument, type DownloadSpec, type RenderUnit, type Site } from '../../src/render/index.js';

export const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
/** Units written the way real documents are published, with their gaps and placeholders. */
export const AS_PUBLISHED = join(import.meta.dirname, '..', 'fixtures', 'as-published');

const unitFolders = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, e.name))
    .sort();

/** Every unit folder of examples/, so a new example is tested without touching the tests. */
export function exampleUnits(): string[] {
  return unitFolders(EXAMPLES);
}

export function asPublishedUnits(): string[] {
  return unitFolders(AS_PUBLISHED);
}

/** A unit as the CLI renders it: checked first, so a draft carries its mark. */
export async function loadRenderUnit(dir: string): Promise<RenderUnit> {
  const loaded = await loadUnits([dir], { cwd: dir });
  return (await prepareUnit(gate(loaded, 'id').units[0]!, 'id')).unit;
}

export async function siteOf(dir: string, baseUrl?: string): Promise<Site> {
  return buildSite(await loadRenderUnit(dir), baseUrl ? { baseUrl } : {});
}

/** The download links `standar build --to pdf` adds to the site's pages. */
const PDF_DOWNLOADS: DownloadSpec[] = [{ extension: 'pdf', label: { id: 'Unduh PDF', en: 'Download PDF' } }];

/** Every page a unit yields: its site (with its PDF links), and the stand-alone documents `standar render` writes. */
export async function allPages(dir: string): Promise<Map<string, string>> {
  const unit = await loadRenderUnit(dir);
  const pages = new Map<string, string>();
  for (const [path, content] of buildSite(unit, { downloads: PDF_DOWNLOADS, unitDownloads: [{ href: 'buku.pdf', label: { id: 'Unduh buku', en: 'Download the booklet' } }] }).files) if (path.endsWith('.html')) pages.set(`situs/${path}`, content);
  for (const s of unit.services) {
    pages.set(`${s.kode}.lengkap.html`, renderDocument('lengkap', unit, s));
    pages.set(`${s.kode}.publik.html`, renderDocument('publik', unit, s));
  }
  if (unit.provider?.maklumat) pages.set('maklumat.html', renderDocument('maklumat', unit));
  return pages;
}
