import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

const KTP = SERVICE_YAML.replace('kode: DUK-KK', 'kode: DUK-KTP-EL').replace('nama: Penerbitan Kartu Keluarga', 'nama: Penerbitan KTP Elektronik');
const UNIT = { 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'layanan/ktp-el.yaml': KTP };
const withForm = (formulir: string) => ({ ...UNIT, 'penyelenggara.yaml': PROVIDER_YAML.replace('bawaan:\n', `skm:\n  formulir: ${formulir}\nbawaan:\n`) });

async function serviceCodes(xlsx: string): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  return book.getWorksheet('Pilihan')!.getColumn(1).values.slice(2);
}

describe('standar skm kuesioner', () => {
  it('writes a questionnaire per service and the unit\'s data-entry template, into kuesioner/ by default', async () => {
    const root = await tempTree(UNIT);
    const r = await run(['skm', 'kuesioner'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 2 kuesioner HTML ditulis ke kuesioner/\n✔ Templat isian tanggapan ditulis: tanggapan-dukcapil-uji.xlsx, tanggapan-dukcapil-uji.csv\n');
    expect(readdirSync(join(root, 'kuesioner')).sort()).toEqual(['kuesioner-duk-kk.html', 'kuesioner-duk-ktp-el.html', 'tanggapan-dukcapil-uji.csv', 'tanggapan-dukcapil-uji.xlsx']);
    const page = readFileSync(join(root, 'kuesioner', 'kuesioner-duk-ktp-el.html'), 'utf8');
    expect(page).toContain('<title>Kuesioner survei kepuasan masyarakat: Penerbitan KTP Elektronik');
    expect(page).toContain('Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?');
    expect(page).toContain('<p class="kop-unit">Dinas Kependudukan dan Pencatatan Sipil</p>');
    expect(page).not.toContain('<svg');
    expect(await serviceCodes(join(root, 'kuesioner', 'tanggapan-dukcapil-uji.xlsx'))).toEqual(['DUK-KK', 'DUK-KTP-EL']);
  });

  it('makes only the services asked for, by code in any case, space- or comma-separated', async () => {
    const root = await tempTree(UNIT);
    const r = await run(['skm', 'kuesioner', '.', '--layanan', 'duk-ktp-el', '--out', 'survei'], root);
    expect(r.code).toBe(0);
    expect(readdirSync(join(root, 'survei')).filter((f) => f.startsWith('kuesioner-'))).toEqual(['kuesioner-duk-ktp-el.html']);
    expect(await serviceCodes(join(root, 'survei', 'tanggapan-dukcapil-uji.xlsx'))).toEqual(['DUK-KTP-EL']);
    const both = await run(['skm', 'kuesioner', '--layanan', 'DUK-KK,duk-ktp-el', 'DUK-KK', '--out', 'dua'], root);
    expect(both.code).toBe(0);
    expect(readdirSync(join(root, 'dua')).filter((f) => f.startsWith('kuesioner-')).sort()).toEqual(['kuesioner-duk-kk.html', 'kuesioner-duk-ktp-el.html']);
  });

  it('refuses a code the unit does not have, saying the one it probably meant and writing nothing', async () => {
    const root = await tempTree(UNIT);
    const r = await run(['skm', 'kuesioner', '--layanan', 'DUK-KTP'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ 0 berkas ditulis: kode layanan tidak dikenal di unit ini: "DUK-KTP" (maksudnya DUK-KTP-EL?). Kode yang ada: DUK-KK, DUK-KTP-EL.\n');
    expect(existsSync(join(root, 'kuesioner'))).toBe(false);
  });

  it('asks for one unit when the folder holds several', async () => {
    const root = await tempTree({ ...Object.fromEntries(Object.entries(UNIT).map(([p, c]) => [`a/${p}`, c])), ...Object.fromEntries(Object.entries(UNIT).map(([p, c]) => [`b/${p}`, c])) });
    const r = await run(['skm', 'kuesioner'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ 0 berkas ditulis: ditemukan 2 unit (a/, b/); sebutkan satu folder unit.\n');
  });

  it('never replaces a template that differs from the one it would write: it may hold responses', async () => {
    const root = await tempTree(UNIT);
    expect((await run(['skm', 'kuesioner'], root)).code).toBe(0);
    const xlsx = join(root, 'kuesioner', 'tanggapan-dukcapil-uji.xlsx');
    const filled = Buffer.concat([readFileSync(xlsx), Buffer.from('responses')]);
    writeFileSync(xlsx, filled);
    const again = await run(['skm', 'kuesioner'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('✔ 2 kuesioner HTML ditulis ke kuesioner/\n✔ Templat isian tanggapan sudah ada dan tidak berubah: tanggapan-dukcapil-uji.csv\n');
    expect(again.stderr).toBe('ℹ kuesioner/tanggapan-dukcapil-uji.xlsx sudah ada dan isinya berbeda dari templat ini (mungkin sudah berisi tanggapan): tidak ditimpa. Pindahkan atau ganti namanya bila perlu templat baru.\n');
    expect(readFileSync(xlsx).equals(filled)).toBe(true);
  });

  it('puts the QR code of the unit\'s online form on each questionnaire, and says where the address is wrong', async () => {
    const root = await tempTree(withForm('https://survei.ujikota.go.id/skm'));
    const r = await run(['skm', 'kuesioner', '--layanan', 'DUK-KK'], root);
    expect(r.code).toBe(0);
    const page = readFileSync(join(root, 'kuesioner', 'kuesioner-duk-kk.html'), 'utf8');
    expect(page).toContain('aria-label="Kode QR menuju formulir survei daring survei.ujikota.go.id/skm"');
    expect(page).toContain('<a href="https://survei.ujikota.go.id/skm">');

    const wrong = await tempTree(withForm('http://survei.ujikota.go.id/skm'));
    const w = await run(['skm', 'kuesioner', '--layanan', 'DUK-KK'], wrong);
    expect(w.code).toBe(1);
    expect(w.stderr).toContain('penyelenggara.yaml');
    expect(w.stderr).toContain('"http://survei.ujikota.go.id/skm" bukan alamat https formulir survei.');
    expect(readFileSync(join(wrong, 'kuesioner', 'kuesioner-duk-kk.html'), 'utf8')).not.toContain('<svg');
  });

  it('writes nothing when something stands in the way in the output folder', async () => {
    const root = await tempTree({ ...UNIT, 'kuesioner/.keep': '' });
    symlinkSync('/etc/passwd', join(root, 'kuesioner', 'tanggapan-dukcapil-uji.csv'));
    const r = await run(['skm', 'kuesioner'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kuesioner/tanggapan-dukcapil-uji.csv adalah tautan simbolik');
    expect(r.stderr).toContain('✖ Tidak ada berkas yang ditulis; kuesioner/ tetap seperti sebelumnya.');
    expect(readdirSync(join(root, 'kuesioner')).sort()).toEqual(['.keep', 'tanggapan-dukcapil-uji.csv']);
  });

  it('speaks English when asked', async () => {
    const root = await tempTree(UNIT);
    const r = await run(['skm', 'kuesioner', '--lang', 'en', '--layanan', 'DUK-KK'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 HTML questionnaire written to kuesioner/\n✔ Response entry template written: tanggapan-dukcapil-uji.xlsx, tanggapan-dukcapil-uji.csv\n');
  });
});
