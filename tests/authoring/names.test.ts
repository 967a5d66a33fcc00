import { describe, expect, it } from 'vitest';
import { acronym, deriveKode, slugify } from '../../src/model/names.js';

describe('names derived from what staff type', () => {
  it('gives a file name from the service name', () => {
    expect(slugify('Penerbitan KTP Elektronik')).toBe('penerbitan-ktp-elektronik');
    expect(slugify('Surat Keterangan Pindah (Antar-Kabupaten/Kota)')).toBe('surat-keterangan-pindah-antar-kabupaten-kota');
    expect(slugify('Pendaftaran Émigré  ')).toBe('pendaftaran-emigre');
    expect(slugify('???')).toBe('layanan');
  });

  it('derives a code from the words that name the service', () => {
    expect(deriveKode('Penerbitan KTP Elektronik')).toBe('KTP-ELEKTRONIK');
    expect(deriveKode('Permohonan Informasi Publik')).toBe('INFORMASI-PUBLIK');
    expect(deriveKode('Pelayanan')).toBe('PELAYANAN');
    expect(deriveKode('Penerbitan Akta Kelahiran', ['akta-kelahiran', 'AKTA-KELAHIRAN-2'])).toBe('AKTA-KELAHIRAN-3');
    expect(deriveKode('x'.repeat(100)).length).toBeLessThanOrEqual(64);
  });

  it('abbreviates a unit name the way offices do', () => {
    expect(acronym('Dinas Kependudukan dan Pencatatan Sipil')).toBe('DKPS');
    expect(acronym('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu')).toBe('DPMPTSP');
    expect(acronym('Kantor BPN Kota Sukamaju')).toBe('KBPNKS');
  });
});
