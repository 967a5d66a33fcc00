import { parsePointer } from '../load/pointer.js';
import { asArray, asRecord, forEachText, komponenOf } from './lib/data.js';
import type { ServiceRule } from './types.js';

const HTTP_LINK = /\bhttp:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/gi;
/** Fields whose schema type already demands https: the schema message covers them. */
const HTTPS_FIELDS = new Set(['url', 'website']);
const HTTPS_CHANNELS = new Set(['website', 'sp4n_lapor', 'aplikasi']);

function forcedBySchema(pointer: string, data: unknown): boolean {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1] ?? '';
  if (HTTPS_FIELDS.has(last)) return true;
  // /komponen/pengaduan/kanal/<i>/alamat of a website, SP4N-LAPOR! or app channel
  if (last === 'alamat' && segments.length === 5 && segments[1] === 'pengaduan' && segments[2] === 'kanal') {
    return HTTPS_CHANNELS.has(asRecord(asArray(asRecord(komponenOf(data).pengaduan).kanal)[Number(segments[3])]).jenis as string);
  }
  return false;
}

/** Links printed on public boards and pages must not send citizens to an unencrypted site. */
export const tautanHttps: ServiceRule = {
  id: 'tautan-https',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Tautan dalam teks harus memakai https://, bukan http://.',
    en: 'Links in the text must use https://, not http://.',
  },
  messages: {
    insecure: {
      message: { id: 'Tautan "{tautan}" memakai http:// yang tidak aman.', en: 'The link "{tautan}" uses insecure http://.' },
      hint: {
        id: 'Tulis "{aman}". Bila situsnya belum bisa dibuka dengan https, minta pengelola situs memasang sertifikat (gratis, misalnya Let\'s Encrypt).',
        en: 'Write "{aman}". If the site cannot be opened with https yet, ask its administrator to install a certificate (free, e.g. Let\'s Encrypt).',
      },
    },
  },
  check(service, _ctx, report) {
    forEachText(service.data, (text, pointerOf) => {
      if (!/http:/i.test(text)) return;
      const pointer = pointerOf();
      if (forcedBySchema(pointer, service.data)) return;
      for (const m of text.matchAll(HTTP_LINK)) report({ pointer, message: 'insecure', params: { tautan: m[0], aman: 'https://' + m[0].slice(7) } });
    });
  },
};
