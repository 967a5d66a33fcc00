import { describe, expect, it } from 'vitest';
import { BASE_SERVICE, brief, checkService, variant } from './helpers.js';

const STEPS = `    - pelaksana: Pemohon
      uraian: Menyerahkan berkas.
      waktu: { nilai: 10, satuan: menit }
    - pelaksana: Petugas
      uraian: Menerbitkan KK.
      waktu: { nilai: 1, satuan: hari_kerja }
`;
const PROMISE = '  jangka_waktu:\n    nilai: 3\n    satuan: hari_kerja\n';

describe('waktu-langkah-melebihi', () => {
  const id = 'waktu-langkah-melebihi';
  const steps = (...times: string[]) => times.map((t, i) => `    - pelaksana: Petugas\n      uraian: Langkah ${i + 1}.\n      waktu: ${t}\n`).join('');
  const doc = (times: string[], promise = PROMISE) => variant(variant(BASE_SERVICE, STEPS, steps(...times)), PROMISE, promise);

  it('flags steps that add up to more than the promise, converting units', () => {
    const found = checkService(id, doc(['{ nilai: 2, satuan: hari_kerja }', '{ nilai: 8, satuan: jam }']));
    expect(brief(found)).toEqual(['22:5 error waktu-langkah-melebihi: Langkah-langkah prosedur memakan paling sedikit 3 hari kerja 30 menit, lebih lama dari jangka waktu pelayanan 3 hari kerja.']);
    expect(found[0]!.hint).toContain('1 hari kerja dihitung 7,5 jam');
  });

  it('reads a unit named like an inherited JavaScript member as no unit at all', () => {
    expect(checkService(id, doc(['{ nilai: 9, satuan: constructor }', '{ nilai: 9, satuan: toString }']))).toEqual([]);
  });

  it('uses the configured working hours per day', () => {
    const d = doc(['{ nilai: 2, satuan: hari_kerja }', '{ nilai: 8, satuan: jam }']);
    expect(checkService(id, d, { options: { jam_kerja_per_hari: 8 } })).toEqual([]);
  });

  it('gives calendar days the benefit of the doubt: a weekend may fall inside', () => {
    // 7 calendar days hold at most 5 working days: 5 working days of steps fit, 6 do not.
    expect(checkService(id, doc(['{ nilai: 5, satuan: hari_kerja }'], '  jangka_waktu:\n    nilai: 7\n    satuan: hari_kalender\n'))).toEqual([]);
    expect(checkService(id, doc(['{ nilai: 6, satuan: hari_kerja }'], '  jangka_waktu:\n    nilai: 7\n    satuan: hari_kalender\n'))).toHaveLength(1);
  });

  it('checks each channel\'s flow on its own and names it', () => {
    const alur = `    alur:
      - nama: Melalui loket
        langkah:
          - { pelaksana: Petugas, uraian: Proses., waktu: { nilai: 2, satuan: hari_kerja } }
      - nama: Melalui aplikasi
        langkah:
          - { pelaksana: Petugas, uraian: Proses., waktu: { nilai: 4, satuan: hari_kerja } }
`;
    const found = checkService(id, variant(BASE_SERVICE, STEPS, alur));
    expect(found.map((d) => [d.pointer, d.message])).toEqual([['/komponen/sistem_mekanisme_prosedur/alur/1', 'Langkah-langkah prosedur "Melalui aplikasi" memakan paling sedikit 4 hari kerja, lebih lama dari jangka waktu pelayanan 3 hari kerja.']]);
  });

  it('checks the complaint follow-up against the complaint time too', () => {
    const provider = `kode: P\npemerintah: Pemerintah Kota Sukamaju\nnama: Dinas\nkepala: { nama: A, jabatan: B }\nbawaan:\n  komponen:\n    pengaduan:\n      kanal: [{ jenis: sp4n_lapor, alamat: https://www.lapor.go.id }]\n      tindak_lanjut:\n        - { pelaksana: Petugas, uraian: Menelaah., waktu: { nilai: 6, satuan: hari_kerja } }\n      jangka_waktu: { nilai: 5, satuan: hari_kerja }\n`;
    const found = checkService(id, BASE_SERVICE, { provider });
    expect(found.map((d) => [d.file, d.line, d.message])).toEqual([['penyelenggara.yaml', 10, 'Langkah tindak lanjut pengaduan memakan paling sedikit 6 hari kerja, lebih lama dari jangka waktu pengaduan 5 hari kerja.']]);
  });

  it('accepts steps within the promise, in English too', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, doc(['{ nilai: 4, satuan: hari_kerja }']), { lang: 'en' })[0]!.message).toBe('The procedure steps take at least 4 working days, longer than the promised completion time of 3 working days.');
  });
});

describe('jangka-waktu-jam-buka', () => {
  const id = 'jangka-waktu-jam-buka';
  const TEKS = '    teks: 3 (tiga) hari kerja sejak berkas dinyatakan lengkap\n';
  it('flags opening hours written as the completion time', () => {
    const found = checkService(id, variant(BASE_SERVICE, TEKS, '    teks: Senin–Kamis 08.00–16.15, proses 1 minggu\n'));
    expect(brief(found)).toEqual(['31:11 warning jangka-waktu-jam-buka: Jangka waktu pelayanan berisi jam buka ("Senin–Kamis"), bukan lama penyelesaian.']);
    expect(found[0]!.hint).toContain('jam_pelayanan:');
    expect(checkService(id, variant(BASE_SERVICE, TEKS, '    teks: Pukul 08.00 s.d. 15.00 WIB\n'))).toHaveLength(1);
  });

  it('accepts a duration, even one counted in weeks', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, TEKS, '    teks: Paling lama 1 minggu sejak berkas lengkap\n'))).toEqual([]);
  });
});

describe('waktu-langkah-melebihi with ranges and the new units', () => {
  const id = 'waktu-langkah-melebihi';
  const STEPS_2 = '    - pelaksana: Petugas\n      uraian: Menerbitkan KK.\n      waktu: { nilai: 1, satuan: hari_kerja }\n';
  const withPromise = (promise: string, step = '{ nilai: 4, satuan: hari_kerja }') =>
    variant(variant(BASE_SERVICE, PROMISE, promise), STEPS_2, `    - pelaksana: Petugas\n      uraian: Menerbitkan KK.\n      waktu: ${step}\n`);

  it('holds the steps to the promised maximum of a range, not its lower bound', () => {
    expect(checkService(id, withPromise('  jangka_waktu:\n    paling_cepat: 1\n    nilai: 5\n    satuan: hari_kerja\n'))).toEqual([]);
    expect(checkService(id, withPromise('  jangka_waktu:\n    paling_cepat: { nilai: 1, satuan: hari }\n    nilai: 3\n    satuan: hari_kerja\n'))).toHaveLength(1);
  });

  it('counts "1x24 jam" as one day, not as 3.2 working days', () => {
    const day = '  jangka_waktu:\n    nilai: 24\n    satuan: jam_kalender\n';
    expect(checkService(id, withPromise(day, '{ nilai: 7, satuan: jam }'))).toEqual([]);
    expect(checkService(id, withPromise(day, '{ nilai: 2, satuan: hari_kerja }'))[0]!.message).toBe('Langkah-langkah prosedur memakan paling sedikit 2 hari kerja 10 menit, lebih lama dari jangka waktu pelayanan 24 jam.');
  });

  it('converts weeks and months honestly', () => {
    expect(checkService(id, withPromise('  jangka_waktu:\n    nilai: 1\n    satuan: minggu\n', '{ nilai: 4, satuan: hari_kerja }'))).toEqual([]);
    expect(checkService(id, withPromise('  jangka_waktu:\n    nilai: 1\n    satuan: minggu\n', '{ nilai: 6, satuan: hari_kerja }'))).toHaveLength(1);
    expect(checkService(id, withPromise('  jangka_waktu:\n    nilai: 1\n    satuan: bulan\n', '{ nilai: 22, satuan: hari_kerja }'))).toEqual([]);
  });

  it('never guesses the kind of a bare "hari"', () => {
    expect(checkService(id, withPromise('  jangka_waktu:\n    nilai: 1\n    satuan: hari\n', '{ nilai: 30, satuan: hari_kerja }'))).toEqual([]);
    // A step in bare "hari" adds an unknown time: the other steps still count.
    expect(checkService(id, withPromise(PROMISE, '{ nilai: 9, satuan: hari }'))).toEqual([]);
  });
});

describe('waktu-rancu', () => {
  const id = 'waktu-rancu';
  const WITH_TEKS = `${PROMISE}    teks: 3 (tiga) hari kerja sejak berkas dinyatakan lengkap\n`;
  it('asks which kind of day a bare "hari" is, never choosing one', () => {
    const found = checkService(id, variant(BASE_SERVICE, PROMISE, '  jangka_waktu:\n    nilai: 3\n    satuan: hari\n'));
    expect(brief(found)).toEqual(['30:13 warning waktu-rancu: Satuan "hari" tidak menyebut hari kerja atau hari kalender.']);
    expect(found[0]!.hint).toContain('bila Sabtu, Minggu dan hari libur tidak dihitung, tulis satuan: hari_kerja; bila ikut dihitung, tulis satuan: hari_kalender');
  });

  it('points "24 jam" written as working hours to jam_kalender', () => {
    const found = checkService(id, variant(BASE_SERVICE, PROMISE, '  jangka_waktu:\n    nilai: 24\n    satuan: jam\n'));
    expect(brief(found)).toEqual(['30:13 warning waktu-rancu: 24 jam ditulis dengan satuan "jam", yang berarti jam kerja, bukan jam jam.']);
    expect(found[0]!.hint).toContain('tulis satuan: jam_kalender');
    const steps = variant(BASE_SERVICE, '{ nilai: 1, satuan: hari_kerja }', '{ nilai: 1, satuan: jam }\n      catatan: 1x24 jam');
    expect(checkService(id, steps)).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, WITH_TEKS, '  jangka_waktu:\n    nilai: 1\n    satuan: jam\n    teks: Maksimal 1x24 jam\n'))).toHaveLength(1);
  });

  it('flags a range whose lower bound exceeds the promise', () => {
    expect(checkService(id, variant(BASE_SERVICE, PROMISE, '  jangka_waktu:\n    paling_cepat: 5\n    nilai: 3\n    satuan: hari_kerja\n')).map((d) => d.message)).toEqual(['Batas bawah rentang (5) lebih besar dari batas atasnya (3).']);
  });

  it('accepts clear units, working hours said as such, and a well-ordered range', () => {
    expect(checkService(id, BASE_SERVICE)).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, WITH_TEKS, '  jangka_waktu:\n    nilai: 24\n    satuan: jam\n    teks: 24 jam kerja\n'))).toEqual([]);
    expect(checkService(id, variant(BASE_SERVICE, PROMISE, '  jangka_waktu:\n    paling_cepat: 1\n    nilai: 3\n    satuan: hari_kerja\n'))).toEqual([]);
  });
});
