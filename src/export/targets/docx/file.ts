import { Document, type ISectionOptions } from 'docx';
import type { Lang } from '../../../i18n/index.js';
import { documentLanguage, publishedServiceView } from '../../../render/document.js';
import { isDraft } from '../../../render/gate.js';
import { labels } from '../../../render/labels.js';
import type { RenderUnit } from '../../../render/types.js';
import { maklumatView } from '../../../render/view/maklumat.js';
import { unitView } from '../../../render/view/unit.js';
import { maklumatSection, serviceSection, type DocumentState, type Placement } from './document.js';
import { ListCounter } from './flow.js';
import { packDocument } from './package.js';
import { documentStyles, FONT, NUMBERING } from './styles.js';

/**
 * A Word file of a unit: one service (by its index in the unit's services), the maklumat, or with
 * `--satu-berkas` the given parts in order. Plain data, so a worker can make it as well.
 */
export type WordFilePlan = { service: number } | { maklumat: true } | { parts: readonly (number | 'maklumat')[] };

export interface WordFile {
  content: Uint8Array;
  /** A part of it carries the draft mark. */
  draft: boolean;
  /** The letterhead had to leave the unit's logo out (Word cannot show a WebP picture). */
  logoLeftOut: boolean;
}

/** Word's language tags for the languages the wording is in; a `bahasa` with its region is kept as written. */
const LANGUAGE_TAGS: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

interface Part {
  section: (state: DocumentState, placement: Placement) => ISectionOptions;
  draft: boolean;
  /** What the file is called when this part is all it holds. */
  title: string;
}

/** A service's full standard, in its own language, from the view the HTML full standard is made of. */
function servicePart(render: RenderUnit, i: number): Part & { lang: Lang; bahasa: string } {
  const service = render.services[i]!;
  const { lang, bahasa } = documentLanguage(render, service);
  const layanan = publishedServiceView(service, render, lang);
  const verdict = render.verdict?.services[i];
  return {
    lang,
    bahasa,
    title: `${labels(lang).standard}: ${layanan.judul}`,
    draft: isDraft(verdict),
    section: (state, placement) => serviceSection(layanan, unitView(render.provider, render.logo, lang), verdict, lang, state, placement),
  };
}

/** The unit's maklumat, in the unit's language; planned only when it has one (`hasMaklumat`). */
function maklumatPart(render: RenderUnit, lang: Lang): Part {
  const maklumat = maklumatView(render.provider, lang)!;
  return {
    title: labels(lang).maklumat,
    draft: isDraft(render.verdict?.provider),
    section: (state, placement) => maklumatSection(maklumat, unitView(render.provider, render.logo, lang), render.verdict?.provider, lang, state, placement),
  };
}

/** Whether the unit's provider has a maklumat the Word file can be made of. */
export const hasMaklumat = (render: RenderUnit) => maklumatView(render.provider, documentLanguage(render, undefined).lang) !== undefined;

/** One Word document of a unit's parts, byte for byte the same for the same parts, whichever thread makes it. */
export async function makeWordFile(render: RenderUnit, plan: WordFilePlan): Promise<WordFile> {
  const unitLanguage = documentLanguage(render, undefined);
  let parts: Part[];
  let title: string;
  let { lang, bahasa } = unitLanguage;
  if ('service' in plan) {
    const part = servicePart(render, plan.service);
    ({ lang, bahasa, title } = part);
    parts = [part];
  } else if ('maklumat' in plan) {
    parts = [maklumatPart(render, lang)];
    title = parts[0]!.title;
  } else {
    parts = plan.parts.map((p) => (p === 'maklumat' ? maklumatPart(render, lang) : servicePart(render, p)));
    const u = unitView(render.provider, undefined, lang);
    title = [labels(lang).standard, typeof u.nama === 'string' ? u.nama : undefined].filter(Boolean).join(': ');
  }
  const state: DocumentState = { lists: new ListCounter(), pictures: 0 };
  const sections = parts.map((p) => p.section(state, parts.length === 1 ? 'alone' : 'shared'));
  const language = bahasa.includes('-') ? bahasa : LANGUAGE_TAGS[lang];
  const u = unitView(render.provider, undefined, lang);
  const creator = typeof u.nama === 'string' && u.nama ? u.nama : undefined;
  const doc = new Document({ title, ...(creator ? { creator } : {}), styles: documentStyles(language), numbering: NUMBERING, theme: { fonts: { headings: FONT, body: FONT } }, sections });
  const content = await packDocument(doc, { title, ...(creator ? { creator } : {}), language });
  return { content, draft: parts.some((p) => p.draft), logoLeftOut: state.logoLeftOut ?? false };
}

/** Word files of one unit, made one after the other: what a worker is given, the unit holding only what they need. */
export interface WordBatch {
  unit: RenderUnit;
  plans: readonly WordFilePlan[];
}

export async function makeWordFiles(batch: WordBatch): Promise<WordFile[]> {
  const files: WordFile[] = [];
  for (const plan of batch.plans) files.push(await makeWordFile(batch.unit, plan));
  return files;
}
