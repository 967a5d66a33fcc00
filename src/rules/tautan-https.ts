import { parsePointer, type Place } from '../load/pointer.js';
import { forEachText } from './lib/data.js';
import type { Report, ServiceRule, UnitReport } from './types.js';

const HTTP_LINK = /\bhttp:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]/gi;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Complaint channels whose address is a web address. */
const WEB_CHANNELS = new Set(['website', 'sp4n_lapor', 'aplikasi']);

/** Fields that hold nothing but a web address. */
function isLinkField({ owner, field }: Place): boolean {
  if (field === 'url' || field === 'website') return true;
  return field === 'alamat' && typeof owner?.jenis === 'string' && WEB_CHANNELS.has(owner.jenis);
}

type Found = { pointer: string; message: 'insecure' | 'noScheme'; params: Record<string, string> };

/**
 * Every http:// link and every web address written without a scheme. Where the text came from
 * (`sumber`) is a citation, not a link offered to citizens.
 */
function findLinks(data: unknown, found: (f: Found) => void): void {
  forEachText(data, (text, pointerOf, place) => {
    const link = isLinkField(place);
    if (!link && !/http:/i.test(text)) return;
    const pointer = pointerOf();
    if (parsePointer(pointer)[0] === 'sumber') return;
    const value = text.trim();
    if (link && value && !HAS_SCHEME.test(value)) {
      found({ pointer, message: 'noScheme', params: { tautan: value, https: `https://${value}`, http: `http://${value}` } });
      return;
    }
    for (const m of text.matchAll(HTTP_LINK)) found({ pointer, message: 'insecure', params: { tautan: m[0], https: `https://${m[0].slice(7)}` } });
  });
}

/** Links printed on public boards and pages should not send citizens to an unencrypted site. */
export const tautanHttps: ServiceRule = {
  id: 'tautan-https',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Alamat web sebaiknya memakai https://: tautan http:// dan alamat situs tanpa https:// atau http:// diingatkan (alamat sumber dokumen tidak).',
    en: 'Web addresses should use https://: http:// links and site addresses without https:// or http:// are flagged (the document\'s source address is not).',
  },
  messages: {
    insecure: {
      message: { id: 'Tautan "{tautan}" memakai http:// yang tidak aman.', en: 'The link "{tautan}" uses insecure http://.' },
      hint: {
        id: 'Buka {https} di peramban. Bila situs itu terbuka dengan benar, tulis alamat https tersebut; bila belum, biarkan alamat ini dan minta pengelola situs memasang sertifikat (gratis, misalnya Let\'s Encrypt).',
        en: 'Open {https} in a browser. If the site opens correctly, write that https address; if not, keep this address and ask the site\'s administrator to install a certificate (free, e.g. Let\'s Encrypt).',
      },
    },
    noScheme: {
      message: { id: 'Alamat "{tautan}" ditulis tanpa https:// atau http://.', en: 'The address "{tautan}" is written without https:// or http://.' },
      hint: {
        id: 'Buka {https} di peramban: bila terbuka, tulis alamat itu lengkap. Bila hanya {http} yang terbuka, tulis alamat http itu apa adanya dan minta pengelola situs memasang sertifikat.',
        en: 'Open {https} in a browser: if it opens, write that full address. If only {http} opens, write that http address as it is and ask the site\'s administrator to install a certificate.',
      },
    },
  },
  check(service, _ctx, report: Report) {
    // Only the service file's own text: penyelenggara.yaml, defaults included, is checked once per unit.
    findLinks(service.source.data, (f) => report(f));
  },
  checkUnit({ provider }, _ctx, report: UnitReport) {
    if (provider) findLinks(provider.data, (f) => report({ ...f, file: provider.source.path }));
  },
};
