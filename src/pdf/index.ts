/** Print-ready PDFs through Debian's Chromium: engine, batches, the numbered booklet (the HTML they print, poster and booklet included, is the renderer's). */
export { printBatch, type AtomicWriter, type BatchOptions, type BatchResult, type PdfJob, type PdfJobResult } from './batch.js';
export { printBooklet, type BookletComposer, type BookletOptions, type BookletResult, type PageMap } from './booklet.js';
export { findChromium, USUAL_CHROMIUM_PATHS, type ChromiumFound, type ChromiumLookup } from './chromium.js';
export { BASE_FLAGS, CHROMIUM_FLAGS, defaultPoolSize, PdfEngine, type PdfEngineOptions, type PrintedPdf, type PrintOptions, type PrintResult } from './engine.js';
export { describePdfError, type PdfError } from './errors.js';
export { inspectPdf, type OutlineItem, type PdfFacts } from './inspect.js';
export { ORIENTATIONS, pageSizeMm, POSTER_SIZES, posterPageCss, type Orientation, type PosterFormat, type PosterSize } from '../render/engine/paper.js';
export { qrSvg } from '../render/engine/qr.js';
