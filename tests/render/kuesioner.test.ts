import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kuesionerView } from '../../src/render/view/kuesioner.js';
import { SKM_UNSUR } from '../../src/model/skm.js';
import { PROVIDER_YAML, SERVICE_YAML } from '../helpers.js';

const provider = parse(PROVIDER_YAML) as Record<string, unknown>;
const service = parse(SERVICE_YAML) as Record<string, unknown>;

describe('the questionnaire of a service', () => {
  it('asks the nine questions of the model questionnaire, each answer with the number typed into the sheet', () => {
    const view = kuesionerView(service, provider, 'id');
    expect(view.layanan).toEqual({ nama: 'Penerbitan Kartu Keluarga', kode: 'DUK-KK' });
    expect(view.unsur.map((u) => `${u.no} ${u.kode}`)).toEqual(SKM_UNSUR.map((u, i) => `${i + 1} ${u.kode}`));
    expect(view.unsur[0]!.pilihan).toEqual([
      { teks: 'Tidak sesuai', nilai: 1 },
      { teks: 'Kurang sesuai', nilai: 2 },
      { teks: 'Sesuai', nilai: 3 },
      { teks: 'Sangat sesuai', nilai: 4 },
    ]);
    expect(view.profil.map((p) => p.label)).toEqual(['Jenis kelamin', 'Usia (tahun)', 'Pendidikan', 'Pekerjaan']);
    expect(view.dasar).toBe('Unsur dan pilihan jawaban sesuai Lampiran Peraturan Menteri PANRB Nomor 14 Tahun 2017.');
    expect(kuesionerView(service, provider, 'en').unsur[3]!.pilihan.map((p) => p.teks)).toEqual(['Very expensive', 'Rather expensive', 'Cheap', 'Free']);
  });

  it('draws a QR code to the unit\'s online form only when penyelenggara.yaml gives an https one', () => {
    expect(kuesionerView(service, provider, 'id').formulir).toBeUndefined();
    for (const formulir of ['http://survei.ujikota.go.id', 'javascript:alert(1)', 'survei.ujikota.go.id', 42]) {
      expect(kuesionerView(service, { ...provider, skm: { formulir } }, 'id').formulir).toBeUndefined();
    }
    const form = kuesionerView(service, { ...provider, skm: { formulir: 'https://survei.ujikota.go.id/skm/dukcapil' } }, 'id').formulir!;
    expect(form).toMatchObject({ href: 'https://survei.ujikota.go.id/skm/dukcapil', alamat: 'survei.ujikota.go.id/skm/dukcapil', alamatBagian: ['survei.', 'ujikota.', 'go.', 'id/', 'skm/', 'dukcapil'] });
    expect(form.qr.label).toBe('Kode QR menuju formulir survei daring survei.ujikota.go.id/skm/dukcapil');
    // Version 3 at level M: 29 modules and the quiet zone of 4 on each side; only moves and runs in the path.
    expect(form.qr.ukuran).toBe(37);
    expect(form.qr.path).toMatch(/^(?:M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it('reads a service that does not match the schema without failing', () => {
    expect(kuesionerView({ nama: ['x'] }, undefined, 'id').layanan).toEqual({ nama: '' });
    expect(kuesionerView({ kode: 'DUK-X' }, 'rusak', 'id').layanan).toEqual({ nama: 'DUK-X', kode: 'DUK-X' });
  });
});
