import { afterAll, describe, expect, it } from 'vitest';
import { describePdfError, PdfEngine } from '../../src/pdf/index.js';
import { COMPONENT_FACTS, SERVICE_FACTS, exampleUnits, importBack, pageFacts, type Data } from './page-roundtrip.js';

/**
 * Issue 13's round trip: every example service, rendered to its full-standard page by this
 * project (HTML, and the same page printed to PDF by the project's Chromium engine), imported
 * back by `standar impor`, gives the data it was made of: each of the 14 components, the service's
 * own facts (name, code, description, category, keywords, version and review date, channels,
 * opening hours, public consultation), the decree with its signature and the provider's
 * letterhead; the unit's maklumat page gives the maklumat.
 * `pageFacts` (page-roundtrip.ts) says in one place what "the same" means.
 */

const engine = new PdfEngine();
afterAll(() => engine.close());

async function printed(html: string): Promise<Uint8Array> {
  const result = await engine.print(html);
  if (!result.ok) throw new Error(describePdfError(result.error, 'en').message);
  return result.pdf;
}

/** The facts a service page carries: the components, the service's own facts and its decree, the letterhead. */
const SERVICE_PAGE = [...COMPONENT_FACTS, ...SERVICE_FACTS, 'kop'];

function expectSameFacts(original: Data, imported: Data, facts: readonly string[], page: string) {
  for (const fact of facts) {
    expect(original[fact], `${page}: ${fact} is in the example`).toBeDefined();
    expect(imported[fact], `${page}: ${fact}`).toEqual(original[fact]);
  }
}

describe('the comparison', () => {
  it('tells apart what a page shows differently: a form, a condition, a note, a number', async () => {
    const [unit] = await exampleUnits('screen');
    const { service, provider } = unit!.pages.find((p) => p.name.endsWith('/ktp-el'))!;
    const facts = (s: Data) => pageFacts(s, provider, { print: false });
    const changed = (edit: (komponen: Data) => void) => {
      const copy = structuredClone(service);
      edit(copy.komponen as Data);
      return facts(copy);
    };
    const group = (k: Data) => ((k.persyaratan as Data).kelompok as Data[])[0]!.butir as Data[];
    for (const edit of [
      (k: Data) => (group(k)[1]!.bentuk = 'asli'),
      (k: Data) => (group(k)[2]!.kondisi = 'bila sudah kawin'),
      (k: Data) => delete group(k)[0]!.catatan,
      (k: Data) => ((k.jumlah_pelaksana as Data).total = 12),
      (k: Data) => ((k.sarana_prasarana as Data[])[0]!.kelompok_rentan = true),
    ]) {
      expect(changed(edit)).not.toEqual(facts(service));
    }
    // What a page cannot tell apart: a requirement group's case, a provision written with its word.
    expect(changed((k) => (((k.persyaratan as Data).kelompok as Data[])[0]!.kasus = 'wni'))).toEqual(facts(service));
    expect(changed((k) => ((k.dasar_hukum as Data[])[0]!.pasal = 'Pasal 5'))).toEqual(changed((k) => ((k.dasar_hukum as Data[])[0]!.pasal = 5)));
  });
});

describe.each([
  { format: 'HTML', media: 'screen', extension: 'html' },
  { format: 'PDF', media: 'print', extension: 'pdf' },
] as const)('the examples rendered to $format and imported back', ({ media, extension }) => {
  const print = media === 'print';
  const bytes = (html: string) => (print ? printed(html) : Promise.resolve(html));

  it('give every component, the service\'s own facts, the decree and the letterhead of every service as they were, every word of the page kept', async () => {
    const units = await exampleUnits(media);
    expect(units.flatMap((u) => u.pages).length).toBeGreaterThanOrEqual(9);
    for (const unit of units) {
      for (const page of unit.pages) {
        const imported = await importBack(await bytes(page.html), extension);
        expect(imported.services.map((s) => s.nama), page.name).toHaveLength(1);
        expect(imported.unwritten, `${page.name}: words of the page nowhere in the drafts`).toEqual([]);
        expectSameFacts(pageFacts(page.service, page.provider, { print }), pageFacts(imported.services[0]!, imported.provider, { print }), SERVICE_PAGE, page.name);
      }
    }
  });

  it('give the maklumat and the letterhead of every unit as they were, every word of the page kept', async () => {
    for (const unit of await exampleUnits(media)) {
      const imported = await importBack(await bytes(unit.maklumat), extension);
      expect(imported.services, unit.unit).toEqual([]);
      expect(imported.unwritten, `${unit.unit} maklumat: words of the page nowhere in the drafts`).toEqual([]);
      expectSameFacts(pageFacts({}, unit.provider, { print }), pageFacts({}, imported.provider, { print }), ['maklumat', 'kop'], `${unit.unit} maklumat`);
    }
  });
});
