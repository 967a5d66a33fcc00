import type { PdfEngine, PrintedPdf, PrintResult } from './engine.js';
import { pdfError } from './errors.js';
import { inspectPdf } from './inspect.js';
import type { BookletComposer, PageMap } from '../render/engine/frames.js';

export type { BookletComposer, PageMap };

export interface BookletOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export type BookletResult = (PrintedPdf & { pages: PageMap; passes: number }) | Extract<PrintResult, { ok: false }>;

const MAX_PASSES = 4;

const same = (a: PageMap, b: PageMap) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * Print a booklet whose table of contents shows real page numbers. Chromium cannot print
 * target-counter(), so the booklet is printed, the page of every part is read back from the PDF's
 * named destinations (the contents link to each part), and it is printed again with those numbers,
 * until the numbers it prints are the pages it finds: normally two passes. The contents are links
 * in the PDF too, and `outline` turns the headings into bookmarks.
 */
export async function printBooklet(engine: PdfEngine, compose: BookletComposer, anchors: readonly string[], options: BookletOptions = {}): Promise<BookletResult> {
  let pages: PageMap | undefined;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const printed = await engine.print(await compose(pages), { outline: true, timeoutMs: options.timeoutMs, signal: options.signal });
    if (!printed.ok) return printed;
    const { destinations } = await inspectPdf(printed.pdf);
    const found = new Map<string, number>();
    for (const anchor of anchors) {
      const page = destinations.get(anchor);
      if (page === undefined) return { ok: false, error: pdfError('tocUnresolved', { anchor }) };
      found.set(anchor, page);
    }
    if (pages && same(pages, found)) return { ...printed, pages: found, passes: pass };
    pages = found;
  }
  return { ok: false, error: pdfError('tocUnstable', { passes: MAX_PASSES }) };
}
