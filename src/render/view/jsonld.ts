import type { Lang } from '../../i18n/index.js';
import { asArray, asRecord, isRecord } from '../../load/guards.js';
import { isNotStated } from '../../model/absence.js';
import { COMPONENT_BY_KEY } from '../../model/components.js';
import { isoDuration, timeUnit } from '../../model/format.js';
import { httpsHref } from '../links.js';
import { citeRegulation } from '../peraturan.js';
import { completionTime } from './components.js';
import { Teks, line } from './read.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

function postalAddress(provider: Record<string, unknown>): Json | undefined {
  const a = provider.alamat;
  if (!isRecord(a)) {
    const street = line(a);
    return street ? { '@type': 'PostalAddress', streetAddress: street, addressCountry: 'ID' } : undefined;
  }
  return {
    '@type': 'PostalAddress',
    streetAddress: [a.jalan, a.kelurahan, a.kecamatan].map(line).filter(Boolean).join(', ') || undefined,
    addressLocality: line(a.kota),
    addressRegion: line(a.provinsi),
    postalCode: line(a.kode_pos),
    addressCountry: 'ID',
  };
}

/** schema.org GovernmentOrganization of a provider, or of a portal (portal.yaml has the same identity fields). */
export function organisation(provider: Record<string, unknown>): Json {
  const phones = (Array.isArray(provider.telepon) ? provider.telepon : [provider.telepon]).map(line).filter((p): p is string => p !== undefined);
  const parent = line(provider.instansi) ?? line(provider.pemerintah);
  return {
    '@type': 'GovernmentOrganization',
    name: line(provider.nama),
    alternateName: line(provider.singkatan),
    identifier: line(provider.kode),
    address: postalAddress(provider),
    telephone: phones.length > 1 ? phones : phones[0],
    email: line(provider.email),
    url: httpsHref(line(provider.website)),
    parentOrganization: parent ? { '@type': 'GovernmentOrganization', name: parent } : undefined,
  };
}

/**
 * The completion time exactly as the document gives it. schema.org's `processingTime` is an ISO
 * 8601 duration, which only a time of fixed length can be: "10 hari kerja" is not P10D (that
 * would promise weekends and holidays). So the time is always given as a PropertyValue (the
 * number, or `minValue`/`maxValue` for a range, the unit in words as `unitText`, the document's
 * sentence as `description`), and as `processingTime` only when it is calendar time.
 */
function completion(jangka: unknown, lang: Lang): { property?: Json; iso?: string } {
  if (!isRecord(jangka) || isNotStated(jangka)) return {};
  const low = isRecord(jangka.paling_cepat) ? jangka.paling_cepat.nilai : jangka.paling_cepat;
  const nilai = typeof jangka.nilai === 'number' ? jangka.nilai : undefined;
  const { teks } = completionTime(jangka, lang);
  if (nilai === undefined && !(teks instanceof Teks)) return {};
  const property: Json = {
    '@type': 'PropertyValue',
    propertyID: 'jangka_waktu',
    name: COMPONENT_BY_KEY.jangka_waktu.label[lang],
    value: typeof low === 'number' ? undefined : nilai,
    minValue: typeof low === 'number' ? low : undefined,
    maxValue: typeof low === 'number' ? nilai : undefined,
    unitText: timeUnit(jangka.satuan, lang, nilai),
    description: teks instanceof Teks ? teks.teks : undefined,
  };
  return { property, iso: isoDuration(jangka) };
}

/**
 * schema.org GovernmentService for a service page: who provides it, the channels the document
 * names, what it costs in IDR, what it produces and its legal basis. Search engines and portals
 * read it; nothing in it is shown on the page, and nothing is in it that the document does not say.
 */
export function governmentService(data: unknown, providerData: unknown, lang: Lang = 'id'): Json {
  const service = asRecord(data);
  const provider = isRecord(providerData) ? providerData : undefined;
  const k = asRecord(service.komponen);
  const org = provider ? organisation(provider) : undefined;
  const time = completion(k.jangka_waktu, lang);
  const channels = asArray(service.kanal).map((v): Json => {
    const c = asRecord(v);
    const alamat = (Array.isArray(c.alamat) ? c.alamat : [c.alamat]).map(line).filter(Boolean).join('; ');
    return {
      '@type': 'ServiceChannel',
      name: line(c.nama),
      serviceUrl: httpsHref(line(c.url)),
      serviceLocation: alamat ? { '@type': 'Place', name: line(c.nama), address: alamat } : undefined,
      processingTime: time.iso,
      availableLanguage: line(service.bahasa) ?? line(provider?.bahasa),
    };
  });
  const biaya = asRecord(k.biaya);
  const tarif = asArray(biaya.tarif).map(asRecord).filter((t) => typeof t.jumlah === 'number');
  const offers: Json[] =
    tarif.length > 0
      ? tarif.map((t) => ({ '@type': 'Offer', name: line(t.uraian), price: t.jumlah as number, priceCurrency: 'IDR', description: line(t.satuan) }))
      : biaya.gratis === true
        ? [{ '@type': 'Offer', name: line(biaya.keterangan), price: 0, priceCurrency: 'IDR' }]
        : [];
  const produces = asArray(k.produk).map((p): Json => (isRecord(p) ? { '@type': 'Thing', name: line(p.nama), description: line(p.uraian) } : { '@type': 'Thing', name: line(p) }));
  const dasar = asArray(k.dasar_hukum).filter(isRecord).map((p) => line(citeRegulation(p))).filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    identifier: line(service.kode),
    name: line(service.nama),
    description: line(service.deskripsi),
    serviceType: line(service.kategori),
    keywords: asArray(service.kata_kunci).map(line).filter(Boolean).join(', ') || undefined,
    provider: org,
    serviceOperator: org,
    areaServed: provider && line(asRecord(provider.wilayah).nama) ? { '@type': 'AdministrativeArea', name: line(asRecord(provider.wilayah).nama) } : undefined,
    availableChannel: channels.length > 0 ? channels : undefined,
    additionalProperty: time.property,
    offers: offers.length > 0 ? offers : undefined,
    produces: produces.length > 0 ? produces : undefined,
    termsOfService: dasar.length > 0 ? dasar.join('; ') : undefined,
  };
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/;
const UNSAFE_IN_SCRIPT_ALL = new RegExp(UNSAFE_IN_SCRIPT.source, 'g');

/**
 * JSON safe inside <script type="application/ld+json">: "<" is escaped so no value can close the
 * element, and the line separators JavaScript once rejected are escaped too.
 */
export function scriptSafeJson(value: Json): string {
  const json = JSON.stringify(value);
  // A catalogue's search index runs to megabytes with nothing to escape: looked through once, not rebuilt.
  return UNSAFE_IN_SCRIPT.test(json) ? json.replace(UNSAFE_IN_SCRIPT_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
