import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../src/model/unit-names.js';

describe('the names that tell units apart in a list', () => {
  it('keeps a name no other unit has as written', () => {
    expect(distinctNames([
      { nama: 'Dinas Kependudukan dan Pencatatan Sipil', wilayah: 'Kabupaten Sleman', folder: 'dukcapil-sleman' },
      { nama: 'Kantor Imigrasi Kelas I Sukamaju', wilayah: 'Kota Sukamaju', folder: 'kanim' },
    ])).toEqual(['Dinas Kependudukan dan Pencatatan Sipil', 'Kantor Imigrasi Kelas I Sukamaju']);
  });

  it('follows a shared name with each unit\'s region, unless the name says it already', () => {
    expect(distinctNames([
      { nama: 'Dinas Kependudukan dan Pencatatan Sipil', wilayah: 'Kabupaten Sleman', folder: 'a' },
      { nama: 'Dinas Kependudukan dan Pencatatan Sipil', wilayah: 'Kabupaten Sragen', folder: 'b' },
      { nama: 'dinas kependudukan dan  pencatatan sipil', wilayah: 'Kabupaten Kudus', folder: 'c' },
      { nama: 'Bappeda Kabupaten Sidoarjo', wilayah: 'Kabupaten Sidoarjo', folder: 'd' },
      { nama: 'Bappeda Kabupaten Sidoarjo', wilayah: 'Kabupaten Sidoarjo', folder: 'e' },
    ])).toEqual([
      'Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sleman',
      'Dinas Kependudukan dan Pencatatan Sipil – Kabupaten Sragen',
      'dinas kependudukan dan  pencatatan sipil – Kabupaten Kudus',
      'Bappeda Kabupaten Sidoarjo – d',
      'Bappeda Kabupaten Sidoarjo – e',
    ]);
  });

  it('adds the folder where the region does not tell them apart, and never makes up a region', () => {
    expect(distinctNames([
      { nama: 'UPTD Puskesmas', wilayah: 'Kabupaten Sleman', folder: 'pkm-depok' },
      { nama: 'UPTD Puskesmas', wilayah: 'Kabupaten Sleman', folder: 'pkm-mlati' },
      { nama: 'UPTD Puskesmas', folder: 'pkm-tanpa-wilayah' },
    ])).toEqual(['UPTD Puskesmas – Kabupaten Sleman, pkm-depok', 'UPTD Puskesmas – Kabupaten Sleman, pkm-mlati', 'UPTD Puskesmas – pkm-tanpa-wilayah']);
  });
});
