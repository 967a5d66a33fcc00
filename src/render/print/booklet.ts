import { isLang, type Lang } from '../../i18n/index.js';
import { renderDocument } from '../kinds.js';
import { draftView, type DraftView } from '../engine/page.js';
import { cssString } from '../engine/styles.js';
import type { RenderUnit } from '../types.js';
import { maklumatView } from '../view/maklumat.js';
import { serviceView } from '../view/service.js';
import { unitView } from '../view/unit.js';
import { pdfLabels } from './labels.js';
import { pageParts, type PageParts } from '../engine/page-parts.js';
import { renderFrame, type BookletComposer } from '../engine/frames.js';

export interface BookletPlan {
  compose: BookletComposer;
  /** The id of every part, in order: the contents link to them and are numbered from them. */
  anchors: string[];
}

interface Part {
  id: string;
  judul: string;
  page: PageParts;
  draft?: DraftView;
}

/**
 * The unit booklet: cover, contents, every service's full standard, then the maklumat, as one
 * document, so page numbers run through and each service heading becomes a bookmark. The
 * renderer's pages are made here, once, so template errors surface before anything is printed;
 * `compose` only fills in the page numbers.
 */
export function planBooklet(unit: RenderUnit, options: { templateDir?: string; lang?: Lang } = {}): BookletPlan {
  const render = (kind: 'lengkap' | 'maklumat', service?: RenderUnit['services'][number]) =>
    pageParts(renderDocument(kind, unit, service, { media: 'print', templateDir: options.templateDir, ...(options.lang ? { lang: options.lang } : {}) }));
  const first = unit.services[0] ? render('lengkap', unit.services[0]) : undefined;
  const base = (first?.lang ?? options.lang ?? 'id').split('-')[0]!;
  const lang: Lang = options.lang ?? (isLang(base) ? base : 'id');
  const label = pdfLabels(lang);
  const parts: Part[] = unit.services.map((s, i) => ({
    id: `layanan-${i + 1}`,
    judul: `${label.standard} ${serviceView(s, unit.provider, lang).judul}`,
    page: i === 0 && first ? first : render('lengkap', s),
    draft: draftView(unit.verdict?.services[i], lang),
  }));
  if (maklumatView(unit.provider, lang)) parts.push({ id: 'maklumat', judul: label.maklumat, page: render('maklumat'), draft: draftView(unit.verdict?.provider, lang) });

  const unitInfo = unitView(unit.provider, unit.logo, lang);
  const title = `${label.bookletTitle}${unitInfo.namaPendek ? ` – ${unitInfo.namaPendek}` : ''}`;
  const gaya = [...new Set(parts.flatMap((p) => p.page.styles))];
  // Page furniture for the whole booklet, then per part (named pages) the part's own name, and
  // on every page of a part that is not ready to publish, its draft mark (the parts' own page
  // rules would put it on every page of the booklet).
  const css = [
    `@page { @bottom-left { content: ${cssString(title)}; } @bottom-right { content: ${cssString(`${label.page} `)} counter(page) ${cssString(` ${label.of} `)} counter(pages); } @top-center { content: none; } }`,
    ...parts.map((p, i) => `#${p.id} { page: bagian-${i + 1}; } @page bagian-${i + 1} { @bottom-left { content: ${cssString(p.judul)}; }${p.draft ? ` @top-center { content: ${cssString(p.draft.kepala)}; }` : ''} }`),
  ].join('\n');

  const compose: BookletComposer = (pages) =>
    renderFrame(
      'buku',
      {
        bahasa: first?.lang ?? lang,
        judul: title,
        gaya,
        extraCss: css,
        label,
        unit: unitInfo,
        jumlahLayanan: unit.services.length,
        isi: parts.map((p) => ({ id: p.id, judul: p.judul, halaman: pages?.get(p.id) ?? '0' })),
        bagian: parts.map((p) => ({ id: p.id, isi: p.page.body })),
      },
      options.templateDir,
      lang,
    );
  return { compose, anchors: parts.map((p) => p.id) };
}

