import type { PDFObject } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  /** 1-based page the bookmark opens, when it points inside the document. */
  page?: number;
  children: OutlineItem[];
}

export interface PdfFacts {
  pages: number;
  title?: string;
  /** The catalogue's /Lang, e.g. "id". */
  lang?: string;
  /** Named destinations (anchors that something links to) → 1-based page. */
  destinations: Map<string, number>;
  outline: OutlineItem[];
}

/**
 * What a finished PDF says about itself: page count, metadata, where each named destination lands
 * and the bookmark tree. Used to number the booklet's table of contents from the pages Chromium
 * actually laid out, and by the tests.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  // Loaded with the first PDF read, not with the package: importing standar-pelayanan stays quick.
  const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } = await import('pdf-lib');
  const name = (n: string) => PDFName.of(n);
  const text = (value: PDFObject | undefined): string | undefined => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = doc;
  const pageNumbers = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));

  const pageOf = (dest: PDFObject | undefined): number | undefined => {
    const resolved = dest instanceof PDFRef ? context.lookup(dest) : dest;
    const array = resolved instanceof PDFDict ? resolved.lookup(name('D')) : resolved;
    if (!(array instanceof PDFArray)) return undefined;
    const target = array.get(0);
    return target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
  };

  const destinations = new Map<string, number>();
  const record = (key: string, dest: PDFObject | undefined) => {
    const page = pageOf(dest);
    if (page !== undefined) destinations.set(key, page);
  };
  // PDF 1.1 style: a dictionary in the catalogue (what Chromium writes).
  const oldDests = catalog.lookup(name('Dests'));
  if (oldDests instanceof PDFDict) for (const [key, value] of oldDests.entries()) record(key.decodeText(), value);
  // PDF 1.2+ style: a name tree under /Names /Dests.
  const names = catalog.lookup(name('Names'));
  const tree = names instanceof PDFDict ? names.lookup(name('Dests')) : undefined;
  const walkTree = (node: PDFObject | undefined) => {
    if (!(node instanceof PDFDict)) return;
    const leaf = node.lookup(name('Names'));
    if (leaf instanceof PDFArray) for (let i = 0; i + 1 < leaf.size(); i += 2) {
      const key = text(leaf.lookup(i));
      if (key !== undefined) record(key, leaf.get(i + 1));
    }
    const kids = node.lookup(name('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walkTree(kids.lookup(i));
  };
  walkTree(tree);

  const outlineOf = (first: PDFObject | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    const seen = new Set<PDFObject>();
    for (let node = first; node instanceof PDFDict && !seen.has(node); node = node.lookup(name('Next'))) {
      seen.add(node);
      const action = node.lookup(name('A'));
      const dest = node.get(name('Dest')) ?? (action instanceof PDFDict ? action.get(name('D')) : undefined);
      const destObj = dest instanceof PDFString || dest instanceof PDFHexString ? undefined : dest;
      const named = text(dest instanceof PDFRef ? context.lookup(dest) : dest);
      const page = named !== undefined ? destinations.get(named) : pageOf(destObj);
      items.push({ title: text(node.lookup(name('Title'))) ?? '', ...(page !== undefined ? { page } : {}), children: outlineOf(node.lookup(name('First'))) });
    }
    return items;
  };
  const outlines = catalog.lookup(name('Outlines'));

  return {
    pages: doc.getPageCount(),
    title: doc.getTitle(),
    lang: text(catalog.lookup(name('Lang'))),
    destinations,
    outline: outlines instanceof PDFDict ? outlineOf(outlines.lookup(name('First'))) : [],
  };
}
