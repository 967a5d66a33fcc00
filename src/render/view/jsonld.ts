import { statedKomponen } from '../../model/absence.js';
import type { PenyelenggaraPelayanan, StandarPelayanan } from '../../types/schema.js';
import { isoDuration } from '../format.js';
import { httpsHref, telHref } from '../links.js';
import { citeRegulation } from '../peraturan.js';
import { addressLine } from './unit.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

function postalAddress(provider: PenyelenggaraPelayanan): Json | undefined {
  const a = provider.alamat;
  if (!a) return undefined;
  if (typeof a === 'string') return { '@type': 'PostalAddress', streetAddress: a, addressCountry: 'ID' };
  return {
    '@type': 'PostalAddress',
    streetAddress: [a.jalan, a.kelurahan, a.kecamatan].filter(Boolean).join(', '),
    addressLocality: a.kota,
    addressRegion: a.provinsi,
    postalCode: a.kode_pos,
    addressCountry: 'ID',
  };
}

function organisation(provider: PenyelenggaraPelayanan): Json {
  return {
    '@type': 'GovernmentOrganization',
    name: provider.nama,
    alternateName: provider.singkatan,
    identifier: provider.kode,
    address: postalAddress(provider),
    telephone: provider.telepon,
    email: provider.email,
    url: httpsHref(provider.website),
    parentOrganization: { '@type': 'GovernmentOrganization', name: provider.instansi ?? provider.pemerintah },
  };
}

/**
 * schema.org GovernmentService for a service page: who provides it, the channels (each with the
 * completion time as an ISO 8601 duration), what it costs in IDR, what it produces and its legal
 * basis. Search engines and portals read it; nothing in it is shown on the page.
 */
export function governmentService(service: StandarPelayanan, provider: PenyelenggaraPelayanan | undefined): Json {
  const k = statedKomponen(service.komponen);
  const org = provider ? organisation(provider) : undefined;
  const processingTime = k.jangka_waktu ? isoDuration(k.jangka_waktu) : undefined;
  const phone = Array.isArray(provider?.telepon) ? provider.telepon[0] : provider?.telepon;
  const channels = (service.kanal && service.kanal.length > 0 ? service.kanal : [{ jenis: 'tatap_muka' as const }]).map((c): Json => ({
    '@type': 'ServiceChannel',
    name: 'nama' in c ? c.nama : undefined,
    serviceUrl: 'url' in c ? httpsHref(c.url) : undefined,
    serviceLocation:
      'alamat' in c && c.alamat
        ? { '@type': 'Place', name: c.nama, address: c.alamat }
        : c.jenis === 'tatap_muka' && provider?.alamat
          ? { '@type': 'Place', name: provider.nama, address: addressLine(provider.alamat) }
          : undefined,
    servicePhone: c.jenis === 'tatap_muka' && phone && telHref(phone) ? { '@type': 'ContactPoint', telephone: phone } : undefined,
    processingTime,
    availableLanguage: service.bahasa ?? provider?.bahasa ?? 'id',
  }));
  const biaya = k.biaya;
  const offers: Json[] =
    biaya?.tarif?.map((t) => ({ '@type': 'Offer', name: t.uraian, price: t.jumlah, priceCurrency: 'IDR', description: t.satuan })) ??
    (biaya?.gratis ? [{ '@type': 'Offer', name: biaya.keterangan ?? 'Tidak dipungut biaya', price: 0, priceCurrency: 'IDR' }] : []);
  const produces = (k.produk ?? []).map((p): Json => (typeof p === 'string' ? { '@type': 'Thing', name: p } : { '@type': 'Thing', name: p.nama, description: p.uraian }));
  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    identifier: service.kode,
    name: service.nama,
    description: service.deskripsi,
    serviceType: service.kategori,
    keywords: service.kata_kunci?.join(', '),
    provider: org,
    serviceOperator: org,
    areaServed: provider?.wilayah ? { '@type': 'AdministrativeArea', name: provider.wilayah.nama } : undefined,
    availableChannel: channels,
    offers: offers.length > 0 ? offers : undefined,
    produces: produces.length > 0 ? produces : undefined,
    termsOfService: k.dasar_hukum?.map(citeRegulation).join('; '),
  };
  return data;
}

/**
 * JSON safe inside <script type="application/ld+json">: "<" is escaped so no value can close the
 * element, and the line separators JavaScript once rejected are escaped too.
 */
export function scriptSafeJson(value: Json): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
