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
