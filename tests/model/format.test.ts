import { describe, expect, it } from 'vitest';
import { decimal, duration, formatNip, isoDuration, longDate, numberWithWords, rupiah, textBlocks } from '../../src/model/format.js';
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

  it('writes an index with two decimals, rounded on its decimal digits as a spreadsheet rounds', () => {
    expect(decimal(87.2777, 'id')).toBe('87,28');
    expect(decimal(87.2777, 'en')).toBe('87.28');
    expect(decimal(100, 'id')).toBe('100,00');
    // 87.275 and 1.005 lie just below themselves in binary; toFixed would give 87.27 and 1.00.
    expect(decimal(87.275, 'id')).toBe('87,28');
    expect(decimal(1.005, 'id')).toBe('1,01');
    expect(decimal(88.30499, 'id')).toBe('88,30');
    expect(decimal(1234.5, 'id')).toBe('1.234,50');
    expect(decimal(3.0541, 'en', 3)).toBe('3.054');
    expect(decimal(-0.004, 'id')).toBe('0,00');
    expect(decimal(1e-7, 'id')).toBe('0,00');
  });

  it('writes durations with generated number words', () => {
    expect(duration({ nilai: 14, satuan: 'hari_kerja' }, 'id')).toBe('14 (empat belas) hari kerja');
    expect(duration({ nilai: 1, satuan: 'hari_kalender' }, 'id')).toBe('1 (satu) hari kalender');
    expect(duration({ nilai: 115, satuan: 'menit' }, 'id')).toBe('115 (seratus lima belas) menit');
    // `jam` is working hours; clock hours ("1x24 jam") are `jam_kalender`.
    expect(duration({ nilai: 1, satuan: 'jam' }, 'en')).toBe('1 working hour');
    expect(duration({ nilai: 1, satuan: 'jam_kalender' }, 'en')).toBe('1 hour');
    expect(numberWithWords(2500, 'id')).toBe('2.500 (dua ribu lima ratus)');
    // Found by fuzzing: a fraction or an absurd number has no words; the page keeps the digits.
    expect(numberWithWords(0.1, 'id')).toBe('0,1');
    expect(numberWithWords(1e308, 'id')).toBe('1e+308');
    expect(numberWithWords(1e15, 'id')).toBe('1.000.000.000.000.000');
  });

  it('writes ranges and the units real documents use, and what is not a number as written', () => {
    expect(duration({ nilai: 3, satuan: 'hari_kerja', paling_cepat: 1 }, 'id')).toBe('1 (satu) sampai 3 (tiga) hari kerja');
    expect(duration({ nilai: 14, satuan: 'hari_kerja', paling_cepat: { nilai: 1, satuan: 'hari' } }, 'id')).toBe('1 (satu) hari sampai 14 (empat belas) hari kerja');
    expect(duration({ nilai: 24, satuan: 'jam_kalender' }, 'id')).toBe('24 (dua puluh empat) jam');
    expect(duration({ nilai: 1, satuan: 'minggu' }, 'en')).toBe('1 week');
    expect(duration({ nilai: 'satu', satuan: 'hari_kerja' }, 'id')).toBe('satu hari kerja');
    expect(duration({ satuan: 'hari_kerja' }, 'id')).toBe('hari kerja');
    expect(duration('3 hari', 'id')).toBeUndefined();
  });

  it('gives machines an ISO 8601 duration only for time of fixed length: a working day is not a day', () => {
    expect(isoDuration({ nilai: 30, satuan: 'menit' })).toBe('PT30M');
    expect(isoDuration({ nilai: 24, satuan: 'jam_kalender' })).toBe('PT24H');
    expect(isoDuration({ nilai: 14, satuan: 'hari_kalender' })).toBe('P14D');
    expect(isoDuration({ nilai: 1, satuan: 'minggu' })).toBe('P1W');
    expect(isoDuration({ nilai: 14, satuan: 'hari_kerja' })).toBeUndefined();
    expect(isoDuration({ nilai: 2, satuan: 'jam' })).toBeUndefined();
    expect(isoDuration({ nilai: 3, satuan: 'hari' })).toBeUndefined();
    expect(isoDuration({ nilai: 3, satuan: 'hari_kalender', paling_cepat: 1 })).toBeUndefined();
  });

  it('writes dates in words and NIPs in their four groups', () => {
    expect(longDate('2026-02-16', 'id')).toBe('16 Februari 2026');
    expect(longDate('2026-08-01', 'en')).toBe('1 August 2026');
    expect(formatNip('197603152000032004')).toBe('19760315 200003 2 004');
  });
});

describe('paragraphs and lists of a free text', () => {
  it('splits paragraphs at blank lines and joins the lines YAML wrapped', () => {
    expect(textBlocks('Satu\nbaris.\n\nDua.')).toEqual([{ paragraf: 'Satu baris.' }, { paragraf: 'Dua.' }]);
  });

  it('keeps the markers of lettered and numbered items, and continues an item on its next line', () => {
    expect(textBlocks('Dengan melampirkan:\na. KK;\nb. KTP-el\nyang masih berlaku;\n(3) akta\n1) surat')).toEqual([
      { paragraf: 'Dengan melampirkan:' },
      { daftar: { berurut: true, butir: [{ penanda: 'a.', teks: 'KK;' }, { penanda: 'b.', teks: 'KTP-el yang masih berlaku;' }, { penanda: '(3)', teks: 'akta' }, { penanda: '1)', teks: 'surat' }] } },
    ]);
    expect(textBlocks('- satu\n• dua')).toEqual([{ daftar: { berurut: false, butir: [{ teks: 'satu' }, { teks: 'dua' }] } }]);
  });

  it('does not take an abbreviation, a time or a year for a marker', () => {
    for (const line of ['Jl. Merdeka No. 17', 'Dr. Ratna Kusumawardani', '08.00–15.30 WIB', '2026. Tahun anggaran']) expect(textBlocks(line)).toEqual([{ paragraf: line }]);
  });
});

describe('regulation citations', () => {
  it('names each kind in full', () => {
    expect(citeRegulation({ jenis: 'UU', nomor: 25, tahun: 2009, tentang: 'Pelayanan Publik' })).toBe('Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik');
    expect(citeRegulation({ jenis: 'Permen', penerbit: 'Menteri PANRB', nomor: 15, tahun: 2014, tentang: 'Pedoman Standar Pelayanan' })).toBe('Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan');
    expect(citeRegulation({ jenis: 'Perwali', penerbit: 'Kota Sukamaju', nomor: 7, tahun: 2023, tentang: 'Retribusi' })).toBe('Peraturan Wali Kota Sukamaju Nomor 7 Tahun 2023 tentang Retribusi');
    expect(citeRegulation({ jenis: 'Perda', penerbit: 'Kabupaten Maju', nomor: 3, tahun: 2021, tentang: 'Pajak' })).toBe('Peraturan Daerah Kabupaten Maju Nomor 3 Tahun 2021 tentang Pajak');
  });

  it('cites only what is written: no year guessed, a title alone stays a title, the amendment follows "jo."', () => {
    expect(citeRegulation({ jenis: 'UU', nomor: 25, tahun: 2009 })).toBe('Undang-Undang Nomor 25 Tahun 2009');
    expect(citeRegulation({ jenis: 'Perda', tentang: 'Retribusi Daerah' })).toBe('Peraturan Daerah tentang Retribusi Daerah');
    expect(citeRegulation({ jenis: 'Perpres', nomor: 96, tahun: 2018, pasal: '33', ayat: 1 })).toBe('Pasal 33 ayat (1) Peraturan Presiden Nomor 96 Tahun 2018');
    expect(citeRegulation({ jenis: 'UU', nomor: 23, tahun: 2006, jo: [{ jenis: 'UU', nomor: 24, tahun: 2013 }] })).toBe('Undang-Undang Nomor 23 Tahun 2006 jo. Undang-Undang Nomor 24 Tahun 2013');
  });

  it('cites the point of an article, the gazette it was promulgated in, and the police regulations', () => {
    expect(citeRegulation({ jenis: 'UU', nomor: 25, tahun: 2009, pasal: 1, angka: 7 })).toBe('Pasal 1 angka 7 Undang-Undang Nomor 25 Tahun 2009');
    expect(citeRegulation({ jenis: 'UU', nomor: 25, tahun: 2009, tentang: 'Pelayanan Publik', ln: { tahun: 2009, nomor: 112 }, tln: { nomor: 5038 } })).toBe(
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 112, Tambahan Lembaran Negara Republik Indonesia Nomor 5038)',
    );
    expect(citeRegulation({ jenis: 'Perda', penerbit: 'Kota Sukamaju', nomor: 4, tahun: 2020, ln: { tahun: 2020, nomor: 4 } })).toBe('Peraturan Daerah Kota Sukamaju Nomor 4 Tahun 2020 (Lembaran Daerah Tahun 2020 Nomor 4)');
    expect(citeRegulation({ jenis: 'Perpol', nomor: 5, tahun: 2021, tentang: 'Penerbitan dan Penandaan Surat Izin Mengemudi' })).toBe(
      'Peraturan Kepolisian Negara Republik Indonesia Nomor 5 Tahun 2021 tentang Penerbitan dan Penandaan Surat Izin Mengemudi',
    );
  });

  it('keeps a number that carries its year, and puts the article first', () => {
    expect(citeRegulation({ jenis: 'Permen', penerbit: 'Keuangan', nomor: '23/PMK.01/2019', tahun: 2019, tentang: 'Tarif' })).toBe('Peraturan Menteri Keuangan Nomor 23/PMK.01/2019 tentang Tarif');
    expect(citeRegulation({ jenis: 'UU', nomor: 24, tahun: 2013, tentang: 'Adminduk', pasal: 'Pasal 79A' })).toBe('Pasal 79A Undang-Undang Nomor 24 Tahun 2013 tentang Adminduk');
  });

  it('cites an annex by its own name, not as an article', () => {
    expect(citeRegulation({ jenis: 'PP', nomor: 45, tahun: 2024, pasal: 'Lampiran' })).toBe('Lampiran Peraturan Pemerintah Nomor 45 Tahun 2024');
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

  it('makes runs of white space one space and keeps line breaks, where paragraphs and list items start, and no-break spaces', () => {
    expect(cleanStrings({ nama: 'Penerbitan Surat Keterangan\r\nPindah  WNI\n', alamat: '\tJl. Merdeka\u00a0No. 17 ', catatan: 'Satu.\n\n\n\n  a.  dua\t\n' })).toEqual({
      nama: 'Penerbitan Surat Keterangan\nPindah WNI',
      alamat: 'Jl. Merdeka\u00a0No. 17',
      catatan: 'Satu.\n\na. dua',
    });
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

describe('rupiah, one formatter for every output', () => {
  it('prints decree amounts with cents and summaries without them unless there are some', () => {
    expect(rupiah(350000, 'id')).toBe('Rp350.000,00');
    expect(rupiah(350000, 'en')).toBe('Rp350,000.00');
    expect(rupiah(350000, 'id', { sen: false })).toBe('Rp350.000');
    expect(rupiah(1234.5, 'id', { sen: false })).toBe('Rp1.234,50');
    expect(rupiah(0, 'id', { sen: false })).toBe('Rp0');
  });
});
