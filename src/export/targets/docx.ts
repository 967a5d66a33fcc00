import { Document, type ISectionOptions } from 'docx';
import { basename } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import type { Lang } from '../../i18n/index.js';
import { asRecord } from '../../load/guards.js';
import { locate, makeDiagnostic } from '../../load/source.js';
import { documentLanguage, publishedServiceView } from '../../render/document.js';
import { labels } from '../../render/labels.js';
import { maklumatView } from '../../render/view/maklumat.js';
import { line } from '../../render/view/read.js';
import { unitView } from '../../render/view/unit.js';
import { isDraft } from '../../render/gate.js';
import type { ExportFile, ExportTarget, ExportUnit } from '../types.js';
import { maklumatSection, serviceSection, type DocumentState, type Placement } from './docx/document.js';
import { ListCounter } from './docx/flow.js';
import { packDocument } from './docx/package.js';
import { documentStyles, FONT, NUMBERING } from './docx/styles.js';

/** Word's language tags for the languages the wording is in; a `bahasa` with its region is kept as written. */
const LANGUAGE_TAGS: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

const LOGO_LEFT_OUT = {
  message: {
    id: 'Logo unit berupa WebP, yang tidak dapat ditampilkan Word; berkas Word dibuat tanpa logo di kop.',
    en: "The unit's logo is a WebP picture, which Word cannot show; the Word files are made without a logo in the letterhead.",
  },
  hint: { id: 'Simpan logo sebagai PNG atau SVG, lalu tulis nama berkas itu di logo:.', en: 'Save the logo as PNG or SVG, then write that file name in logo:.' },
};

interface Part {
  section: (state: DocumentState, placement: Placement) => ISectionOptions;
  draft: boolean;
}

/** One Word document of a unit's parts, byte for byte the same for the same parts. */
async function wordFile(unit: ExportUnit, parts: readonly Part[], title: string, lang: Lang, bahasa: string, found: { logoLeftOut: boolean }): Promise<{ content: Uint8Array; draft: boolean }> {
  const state: DocumentState = { lists: new ListCounter(), pictures: 0 };
  const sections = parts.map((p) => p.section(state, parts.length === 1 ? 'alone' : 'shared'));
  if (state.logoLeftOut) found.logoLeftOut = true;
  const language = bahasa.includes('-') ? bahasa : LANGUAGE_TAGS[lang];
  const u = unitView(unit.unit.provider, undefined, lang);
  const creator = typeof u.nama === 'string' && u.nama ? u.nama : undefined;
  const doc = new Document({ title, ...(creator ? { creator } : {}), styles: documentStyles(language), numbering: NUMBERING, theme: { fonts: { headings: FONT, body: FONT } }, sections });
  return { content: await packDocument(doc, { title, ...(creator ? { creator } : {}), language }), draft: parts.some((p) => p.draft) };
}

/** The file name of a service: its code in lower case, else its file's name. */
function serviceName(unit: ExportUnit, i: number): string {
  return (line(asRecord(unit.unit.services[i]).kode) ?? basename(unit.services[i]!.source.path).replace(/\.ya?ml$/i, '')).toLowerCase();
}

/**
 * `--ke docx`: each service's full standard as the decree's attachment in Word (one file per
 * service, or with `--satu-berkas` one per unit, each service on new pages), and the unit's
 * maklumat. Built from the views the HTML full standard is made of, so the text is the same,
 * component by component.
 */
export const docx: ExportTarget = {
  async export(units, options) {
    const files: ExportFile[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const unit of units) {
      const render = unit.unit;
      const unitLanguage = documentLanguage(render, undefined);
      const found = { logoLeftOut: false };
      const services = render.services.map((service, i): Part & { name: string; title: string; lang: Lang; bahasa: string } => {
        const { lang, bahasa } = documentLanguage(render, service);
        const layanan = publishedServiceView(service, render, lang);
        const verdict = render.verdict?.services[i];
        return {
          name: serviceName(unit, i),
          title: `${labels(lang).standard}: ${layanan.judul}`,
          lang,
          bahasa,
          draft: isDraft(verdict),
          section: (state, placement) => serviceSection(layanan, unitView(render.provider, render.logo, lang), verdict, lang, state, placement),
        };
      });
      const maklumat = unit.maklumat ? maklumatView(render.provider, unitLanguage.lang) : undefined;
      const pledge: Part | undefined = maklumat && {
        draft: isDraft(render.verdict?.provider),
        section: (state, placement) => maklumatSection(maklumat, unitView(render.provider, render.logo, unitLanguage.lang), render.verdict?.provider, unitLanguage.lang, state, placement),
      };
      if (options.oneFile) {
        const parts = [...services, ...(pledge ? [pledge] : [])];
        if (parts.length > 0) {
          const u = unitView(render.provider, undefined, unitLanguage.lang);
          const title = [labels(unitLanguage.lang).standard, typeof u.nama === 'string' ? u.nama : undefined].filter(Boolean).join(': ');
          files.push({ path: `${unit.name}.docx`, ...(await wordFile(unit, parts, title, unitLanguage.lang, unitLanguage.bahasa, found)) });
        }
      } else {
        for (const s of services) files.push({ path: `${unit.name}/${s.name}.docx`, ...(await wordFile(unit, [s], s.title, s.lang, s.bahasa, found)) });
        if (pledge) files.push({ path: `${unit.name}/maklumat.docx`, ...(await wordFile(unit, [pledge], labels(unitLanguage.lang).maklumat, unitLanguage.lang, unitLanguage.bahasa, found)) });
      }
      if (found.logoLeftOut && unit.provider) {
        const source = unit.provider.source;
        diagnostics.push(makeDiagnostic(source.path, locate(source, '/logo'), '/logo', { rule: 'logo', severity: 'warning', def: LOGO_LEFT_OUT }, options.lang));
      }
    }
    return { files, diagnostics };
  },
};
