import type { Converter, OutputTarget } from '../render/engine/targets/types.js';
import { PdfEngine } from './engine.js';
import { describePdfError } from './errors.js';

/**
 * PDF as an output format of the renderer: print HTML in, tagged PDF out, one browser for all the
 * pages of a command. The CLI prints through printBatch instead (concurrency, progress, atomic
 * writes); this is the one-at-a-time form for library callers.
 */
export const pdf: OutputTarget = {
  extension: 'pdf',
  media: 'print',
  description: { id: 'PDF siap cetak (A4, berpenanda, huruf tertanam)', en: 'print-ready PDF (A4, tagged, fonts embedded)' },
  open: async (): Promise<Converter> => {
    const engine = new PdfEngine();
    return {
      convert: async (html) => {
        const result = await engine.print(html, { outline: true });
        if (!result.ok) throw new Error(describePdfError(result.error, 'en').message);
        return result.pdf;
      },
      close: () => engine.close(),
    };
  },
};
