import type { CoreSource } from '../diagnostics.js';
import type { MessageDef } from '../i18n/index.js';

/** Diagnostics about a failure of the checker itself (a bug, not a problem in the file) carry this rule id. */
export const INTERNAL_RULE: CoreSource = 'internal';

const REPORT_IT = {
  id: 'Ini bukan kesalahan penulis berkas. Mohon laporkan ke pengelola standar beserta berkas ini dan perintah yang dijalankan; pemeriksaan lainnya tetap berjalan.',
  en: 'This is not the author\'s mistake. Please report it to the maintainers of standar with this file and the command you ran; the other checks still ran.',
};

export const CHECK_MESSAGES = {
  internal: {
    message: { id: 'Pemeriksaan berkas ini terhenti karena kesalahan di dalam standar sendiri ({reason}); masalah lain di berkas ini mungkin belum dilaporkan.', en: 'Checking this file stopped on an error inside standar itself ({reason}); other problems in this file may not be reported.' },
    hint: REPORT_IT,
  },
  ruleFailed: {
    message: { id: 'Aturan {rule} gagal memeriksa berkas ini: {reason}', en: 'Rule {rule} failed on this file: {reason}' },
    hint: REPORT_IT,
  },
} satisfies Record<string, MessageDef>;
