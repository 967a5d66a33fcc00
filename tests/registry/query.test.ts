import { describe, expect, it } from 'vitest';
import { citationOf, findRegulations, statusText } from '../../src/registry/query.js';
import { sameTitle } from '../../src/registry/title.js';
import { TEST_REGISTRY } from '../rules/helpers.js';

const ids = (text: string) => findRegulations(text, { registry: TEST_REGISTRY }).found.map((e) => e.id);

describe('findRegulations', () => {
  it.each([
    ['pelayanan publik', 'uu-25-2009'],
    ['UU 25/2009', 'uu-25-2009'],
    ['uu 25 2009', 'uu-25-2009'],
    ['Undang-Undang Nomor 25 Tahun 2009', 'uu-25-2009'],
    ['Permen PANRB 15/2014', 'permen-panrb-15-2014'],
    ['permenpanrb 15/2014', 'permen-panrb-15-2014'],
    ['PP 96 tahun 2012', 'pp-96-2012'],
    ['administrasi kependudukan', 'uu-23-2006'],
    ['kepolisian', 'uu-2-2002'],
  ])('finds %s first as %s', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it('keeps an issuer apart: PermenPANRB 16/2014 is not another ministry\'s', () => {
    expect(ids('Permen Dalam Negeri 16/2014')).toEqual([]);
  });

  it('suggests the kind the number belongs to, or regulations sharing the words', () => {
    expect(findRegulations('Perkap 7/2021', { registry: TEST_REGISTRY }).suggestions.map((e) => e.id)).toEqual(['perpol-7-2021']);
    expect(findRegulations('pelayanan xyzzy', { registry: TEST_REGISTRY }).suggestions.length).toBeGreaterThan(0);
  });

  it('gives the status and the citation to paste, amendments under jo, uncertain gazette numbers left out', () => {
    const [uu23] = findRegulations('UU 23/2006', { registry: TEST_REGISTRY }).found;
    expect(statusText(uu23!, 'id', { registry: TEST_REGISTRY })).toBe('berlaku, diubah oleh UU Nomor 24 Tahun 2013');
    expect(statusText(uu23!, 'en', { registry: TEST_REGISTRY })).toBe('in force, amended by UU Nomor 24 Tahun 2013');
    expect(citationOf(uu23!, { registry: TEST_REGISTRY })).toEqual({
      jenis: 'UU', nomor: 23, tahun: 2006, tentang: 'Administrasi Kependudukan', ln: { tahun: 2006, nomor: 124 }, tln: { nomor: 4674 },
      jo: [{ jenis: 'UU', nomor: 24, tahun: 2013, tentang: 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan', ln: { tahun: 2013, nomor: 232 }, tln: { nomor: 5475 } }],
    });
    const [revoked] = findRegulations('Perpres 25/2008', { registry: TEST_REGISTRY }).found;
    expect(statusText(revoked!, 'id', { registry: TEST_REGISTRY })).toBe('dicabut oleh Perpres Nomor 96 Tahun 2018');
  });
});

describe('sameTitle', () => {
  it.each([
    ['pelayanan publik', 'Pelayanan Publik'],
    ['Informasi & Transaksi Elektronik', 'Informasi dan Transaksi Elektronik'],
    ['Perubahan atas UU No. 23 Thn. 2006 tentang Administrasi Kependudukan', 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'],
    ['Perubahan Atas Undang-Undang Nomor 23/2006 Tentang  Administrasi   Kependudukan', 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'],
    ['Administrasi Kependudukan', 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'],
    ['Perubahan Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan', 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'],
    ['perubahan atas Undang-Undang 23 Tahun 2006', 'Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'],
    ['Penerapan KTP Berbasis NIK secara Nasional', 'Penerapan Kartu Tanda Penduduk Berbasis Nomor Induk Kependudukan Secara Nasional'],
  ])('takes "%s" for "%s"', (a, b) => {
    expect(sameTitle(a, b)).toBe(true);
  });

  it.each([
    ['Administrasi Pemerintahan', 'Pelayanan Publik'],
    ['Kepolisian', 'Kepolisian Negara Republik Indonesia'],
    ['Persyaratan Penduduk dan Pencatatan Sipil', 'Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil'],
    ['tarif atau jenis PNBP yang berlaku pada Polri', 'Jenis dan Tarif atas Jenis Penerimaan Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia'],
    ['Keterbukaan Infomasi Publik', 'Keterbukaan Informasi Publik'],
    ['Perubahan atas Undang-Undang Nomor 23 Tahun 2006', 'Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan'],
  ])('tells "%s" from "%s"', (a, b) => {
    expect(sameTitle(a, b)).toBe(false);
  });
});
