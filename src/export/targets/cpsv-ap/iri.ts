import { asRecord } from '../../../load/guards.js';
import { parsePointer } from '../../../load/pointer.js';
import { httpsHref } from '../../../render/links.js';
import { line } from '../../../render/view/read.js';

/**
 * What every IRI of a unit starts with. A provider whose `website` is an https address names its
 * standards below it, "https://disdukcapil.sukamajukota.go.id/standar-pelayanan/": stable as long
 * as the address is, and in a namespace the office owns. Otherwise a URN of the unit's name (the
 * provider's code in lower case, else its folder's name), "urn:standar-pelayanan:dukcapil-sukamaju:",
 * which needs no web address.
 */
export function unitBase(provider: unknown, unitName: string): string {
  const website = httpsHref(line(asRecord(provider).website));
  if (!website) return `urn:standar-pelayanan:${encodeURIComponent(unitName)}:`;
  const url = new URL(website);
  url.search = '';
  url.hash = '';
  return `${url.href.replace(/\/*$/, '/')}standar-pelayanan/`;
}

/**
 * The IRI of the part of a document made from the value at `pointer`: the document's IRI and the
 * pointer's segments, "…/layanan/duk-ktp-el/komponen/biaya/tarif/0". Stable for the same file,
 * and it says where in the YAML the part is written.
 */
export function partIri(document: string, pointer: string): string {
  return document + parsePointer(pointer).map((segment) => `/${encodeURIComponent(segment)}`).join('');
}

/**
 * "uu-23-2006", "permen-menteri-dalam-negeri-19-2018": a regulation by what identifies it, so
 * every service citing it links the same node. Undefined for one cited without its number (the
 * constitution aside, named by its year): its title alone might be shared by two.
 */
export function regulationSlug(reg: Record<string, unknown>): string | undefined {
  const [jenis, penerbit, nomor, tahun] = [reg.jenis, reg.penerbit, reg.nomor, reg.tahun].map(line);
  if (!nomor && !(jenis === 'UUD' && tahun)) return undefined;
  return [jenis, penerbit, nomor, tahun]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
