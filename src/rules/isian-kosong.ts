import type { Severity } from '../diagnostics.js';
import { isFiller, PLACEHOLDER } from '../model/placeholders.js';
import { forEachText, isSet } from './lib/data.js';
import type { ServiceRule } from './types.js';

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * "[isi: …]" left by `standar init`/`new`, and values that only hold a fact's place ("-", "TBD",
 * "…"). An empty text is reported only where the schema accepted it, so it is never said twice.
 */
function findEmpty(data: unknown, schemaValid: boolean, found: (pointer: string, message: 'placeholder' | 'filler', teks: string) => void): void {
  forEachText(data, (text, pointer) => {
    if (PLACEHOLDER.test(text)) found(pointer(), 'placeholder', shorten(text));
    else if (isFiller(text) && (schemaValid || text.trim() !== '')) found(pointer(), 'filler', text);
  });
}

/** What is published must be the unit's own words, not a reminder to write them. */
export const isianKosong: ServiceRule = {
  id: 'isian-kosong',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Isian contoh "[isi: …]" dan isian pengisi ("", ".", "-", "–", "TBD", "…", "xxx") harus diganti keadaan sebenarnya: peringatan selama draf, galat bila standar sudah ditetapkan.',
    en: 'Placeholders "[isi: …]" and filler values ("", ".", "-", "–", "TBD", "…", "xxx") must be replaced with the real facts: a warning in a draft, an error once the standard is set.',
  },
  messages: {
    placeholder: {
      message: { id: 'Isian contoh belum diganti: "{teks}".', en: 'Placeholder not replaced yet: "{teks}".' },
      hint: {
        id: 'Tulis keadaan sebenarnya dari dokumen unit. Bila dokumen memang tidak menyebutnya, hapus isian ini, atau tandai bagiannya dengan tidak_dinyatakan: true bila bagian itu boleh ditandai.',
        en: 'Write the real fact from the unit\'s document. If the document does not state it, remove this value, or mark the part with tidak_dinyatakan: true where that part allows it.',
      },
    },
    filler: {
      message: { id: 'Isian "{teks}" tidak menyatakan apa pun.', en: 'The value "{teks}" states nothing.' },
      hint: {
        id: 'Tulis keadaan sebenarnya dari dokumen unit. Bila dokumen memang tidak menyebutnya, hapus isian ini, atau tandai bagiannya dengan tidak_dinyatakan: true bila bagian itu boleh ditandai.',
        en: 'Write the real fact from the unit\'s document. If the document does not state it, remove this value, or mark the part with tidak_dinyatakan: true where that part allows it.',
      },
    },
  },
  check(service, _ctx, report) {
    const severity: Severity = isSet(service.source.data) ? 'error' : 'warning';
    // Only the service file's own text: penyelenggara.yaml, defaults included, is checked once per unit.
    findEmpty(service.source.data, service.valid, (pointer, message, teks) => report({ pointer, message, params: { teks }, severity }));
  },
  checkUnit({ provider, services }, _ctx, report) {
    if (!provider) return;
    // The provider's head, defaults and maklumat print on every set standard of the unit.
    const severity: Severity = services.some((s) => s.status === 'ditetapkan') ? 'error' : 'warning';
    findEmpty(provider.data, provider.valid, (pointer, message, teks) => report({ file: provider.source.path, pointer, message, params: { teks }, severity }));
  },
};
