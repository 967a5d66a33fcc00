import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docx } from '../../src/export/targets/docx.js';
import { asRecord } from '../../src/load/guards.js';
import { COMPONENTS } from '../../src/model/components.js';
import { renderDocument } from '../../src/render/index.js';
import { labels } from '../../src/render/labels.js';
import { asPublishedUnits, exampleUnits } from '../render/units.js';
import { collapsed, CSS, exportUnit, GENERATED_CONTENT, htmlComponents, htmlDocumentText, withoutSpace, wordComponents, wordHtml, wordText } from './docx-text.js';

const OPTIONS = { lang: 'id' as const, format: 'docx', oneFile: false, cwd: process.cwd() };
const l = labels('id');

/**
 * The Word file read back (mammoth) says what the HTML full standard says: for every service of
 * every example and of every fixture written the way real standards are published (gaps,
 * excerpts, decrees cited in part, drafts), each component's number, name and URAIAN with only
 * whitespace made equal, and the whole document (draft mark, letterhead, decree block, title,
 * particulars, tables, signature, the document's particulars) with whitespace left out, since
 * the decree's "NOMOR : …" is a table on paper and a list of terms on the page.
 */
it('reads the page as its stylesheet shows it: the generated content it adds is still the stylesheet\'s', () => {
  for (const rule of GENERATED_CONTENT) expect(CSS).toContain(rule);
});

describe.each([...exampleUnits(), ...asPublishedUnits()].map((dir) => [basename(dir), dir]))('docx read back: %s', (_name, dir) => {
  it('every service, component by component and as a whole; the maklumat', async () => {
    const unit = await exportUnit(dir);
    const { files } = await docx.export([unit], OPTIONS);
    const byPath = new Map(files.map((f) => [f.path, f.content as Uint8Array]));
    expect(unit.unit.services.length).toBeGreaterThan(0);
    for (const service of unit.unit.services) {
      const kode = String(asRecord(service).kode).toLowerCase();
      const bytes = byPath.get(`unit/${kode}.docx`);
      expect(bytes, `unit/${kode}.docx`).toBeDefined();
      const html = renderDocument('lengkap', unit.unit, service);
      const word = await wordHtml(bytes!);
      const expected = htmlComponents(html);
      const actual = wordComponents(word, [l.no, l.component, l.description]);
      expect(actual.map((c) => c.label), kode).toEqual(COMPONENTS.map((c) => c.label.id));
      COMPONENTS.forEach((c, i) => expect(actual[i], `${kode}: ${c.key}`).toEqual(expected.get(c.key)));
      expect(withoutSpace(wordText(word)), `${kode}: the whole document`).toBe(withoutSpace(htmlDocumentText(html)));
    }
    const maklumat = byPath.get('unit/maklumat.docx');
    expect(maklumat !== undefined, 'a maklumat file exactly when the unit has a maklumat').toBe(unit.maklumat);
    if (maklumat) expect(collapsed(wordText(await wordHtml(maklumat)))).toBe(collapsed(htmlDocumentText(renderDocument('maklumat', unit.unit))));
  });
});
