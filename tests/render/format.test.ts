import { describe, expect, it } from 'vitest';
import { duration, formatNip, isoDuration, longDate, numberWithWords, rupiah } from '../../src/render/format.js';
import { httpsHref, mailtoHref, telHref, whatsappHref } from '../../src/render/links.js';
import { citeRegulation } from '../../src/render/peraturan.js';
import { cleanStrings, stripControls } from '../../src/render/sanitize.js';
import { wrap } from '../../src/render/view/flowchart.js';

describe('amounts, durations and dates as decrees print them', () => {
  it('writes rupiah with dots and two decimals', () => {
    expect(rupiah(350000, 'id')).toBe('Rp350.000,00');
    expect(rupiah(0, 'id')).toBe('Rp0,00');
    expect(rupiah(1250000, 'en')).toBe('Rp1,250,000.00');
    expect(rupiah(1500.5, 'id')).toBe('Rp1.500,50');
  });

  it('writes durations with generated number words', () => {
    expect(duration({ nilai: 14, satuan: 'hari_kerja' }, 'id')).toBe('14 (empat belas) hari kerja');
    expect(duration({ nilai: 1, satuan: 'hari_kalender' }, 'id')).toBe('1 (satu) hari kalender');
    expect(duration({ nilai: 115, satuan: 'menit' }, 'id')).toBe('115 (seratus lima belas) menit');
    expect(duration({ nilai: 1, satuan: 'jam' }, 'en')).toBe('1 working hour');
    expect(duration({ nilai: 24, satuan: 'jam_kalender' }, 'id')).toBe('24 (dua puluh empat) jam');
    expect(duration({ paling_cepat: 1, nilai: 3, satuan: 'hari_kerja' }, 'id')).toBe('1 (satu) – 3 (tiga) hari kerja');
    expect(duration({ paling_cepat: { nilai: 1, satuan: 'hari' }, nilai: 14, satuan: 'hari_kerja' }, 'id')).toBe('1 (satu) hari – 14 (empat belas) hari kerja');
    expect(numberWithWords(2500, 'id')).toBe('2.500 (dua ribu lima ratus)');
  });

  it('gives machines an ISO 8601 duration only for clock and calendar time', () => {
    expect(isoDuration({ nilai: 30, satuan: 'menit' })).toBe('PT30M');
    expect(isoDuration({ nilai: 24, satuan: 'jam_kalender' })).toBe('PT24H');
    expect(isoDuration({ nilai: 7, satuan: 'hari_kalender' })).toBe('P7D');
    expect(isoDuration({ nilai: 1, satuan: 'minggu' })).toBe('P1W');
    // "14 hari kerja" is not P14D, working hours are not PT2H, and a bare "hari" may be either kind.
    for (const satuan of ['hari_kerja', 'jam', 'hari'] as const) expect(isoDuration({ nilai: 14, satuan })).toBeUndefined();
  });

  it('writes dates in words and NIPs in their four groups', () => {
    expect(longDate('2026-02-16', 'id')).toBe('16 Februari 2026');
    expect(longDate('2026-08-01', 'en')).toBe('1 August 2026');
    expect(formatNip('197603152000032004')).toBe('19760315 200003 2 004');
  });
});

describe('regulation citations', () => {
  it('names each kind in full', () => {
    expect(citeRegulation({ jenis: 'UU', nomor: 25, tahun: 2009, tentang: 'Pelayanan Publik' })).toBe('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik');
    expect(citeRegulation({ jenis: 'Permen', penerbit: 'Menteri PANRB', nomor: 15, tahun: 2014, tentang: 'Pedoman Standar Pelayanan' })).toBe('Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan');
    expect(citeRegulation({ jenis: 'Perwali', penerbit: 'Kota Sukamaju', nomor: 7, tahun: 2023, tentang: 'Retribusi' })).toBe('Peraturan Wali Kota Sukamaju Nomor 7 Tahun 2023 tentang Retribusi');
    expect(citeRegulation({ jenis: 'Perda', penerbit: 'Kabupaten Maju', nomor: 3, tahun: 2021, tentang: 'Pajak' })).toBe('Peraturan Daerah Kabupaten Maju Nomor 3 Tahun 2021 tentang Pajak');
  });

  it('keeps a number that carries its year, and puts the article first', () => {
    expect(citeRegulation({ jenis: 'Permen', penerbit: 'Keuangan', nomor: '23/PMK.01/2019', tahun: 2019, tentang: 'Tarif' })).toBe('Peraturan Menteri Keuangan Nomor 23/PMK.01/2019 tentang Tarif');
    expect(citeRegulation({ jenis: 'UU', nomor: 24, tahun: 2013, tentang: 'Adminduk', pasal: 'Pasal 79A' })).toBe('Pasal 79A Undang-Undang Nomor 24 Tahun 2013 tentang Adminduk');
  });
});

describe('links come only from the allowlist', () => {
  it('accepts https and refuses every other scheme', () => {
    expect(httpsHref('https://www.lapor.go.id')).toBe('https://www.lapor.go.id/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://example.go.id', '//evil.example', 'https://user:pw@evil.example', ' vbscript:x', 'lapor.go.id']) {
      expect(httpsHref(bad), bad).toBeUndefined();
    }
  });

  it('makes tel: and wa.me links from Indonesian numbers', () => {
    expect(telHref('(0274) 512345')).toBe('tel:+62274512345');
    expect(telHref('+62 21 5551234')).toBe('tel:+62215551234');
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('1500-123')).toBe('tel:1500123');
    expect(telHref('0812 javascript:1')).toBeUndefined();
    expect(whatsappHref('0811-2999-0171')).toBe('https://wa.me/6281129990171');
    expect(whatsappHref('112')).toBeUndefined();
  });

  it('makes mailto: only from a plain address', () => {
    expect(mailtoHref('pengaduan@disdukcapil.sukamajukota.go.id')).toBe('mailto:pengaduan@disdukcapil.sukamajukota.go.id');
    expect(mailtoHref('a@b.go.id?subject=x')).toBeUndefined();
    expect(mailtoHref('"><script>@x.id')).toBeUndefined();
  });
});

describe('invisible characters', () => {
  it('removes bidi overrides, isolates, marks and control characters everywhere', () => {
    expect(stripControls('Biaya \u202Esitarg\u202C \u2066x\u2069\u200F\u0007')).toBe('Biaya sitarg x');
    expect(cleanStrings({ a: ['\u202Ex'], b: { c: 'y\u2067' }, n: 3 })).toEqual({ a: ['x'], b: { c: 'y' }, n: 3 });
  });

  it('makes line breaks and runs of white space one space, as a page shows them, keeping no-break spaces', () => {
    expect(cleanStrings({ nama: 'Penerbitan Surat Keterangan\nPindah  WNI\n', alamat: '\tJl. Merdeka\u00a0No. 17 ' })).toEqual({ nama: 'Penerbitan Surat Keterangan Pindah WNI', alamat: 'Jl. Merdeka\u00a0No. 17' });
  });
});

describe('flowchart text wrapping', () => {
  it('wraps by words and cuts a word longer than a line', () => {
    const lines = wrap('Mengambil nomor antrean dan menyerahkan persyaratan di loket pendaftaran.', 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Mengambil nomor antrean dan menyerahkan persyaratan di loket pendaftaran.');
    expect(wrap('https://layanan.disdukcapil.sukamajukota.go.id/permohonan/baru', 120).every((l) => l.length > 0)).toBe(true);
  });
});
