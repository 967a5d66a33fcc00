import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { RULES } from '../../src/rules/index.js';
import { serviceSummary } from '../../src/check/files.js';
import { runProviderRules, runServiceRules, runUnitRules } from '../../src/check/rule-runner.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseSource } from '../../src/load/source.js';
import { applyDefaults } from '../../src/load/unit.js';
import { BASE_PROVIDER, onlyRule, providerDoc } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Documents of the wrong shape everywhere a rule looks: rules must read them without throwing. */
const ODD = [
  'kode: 1\nnama: [a]\nstatus: ditetapkan\nkomponen: teks\n',
  'kode: X\nstatus: ditetapkan\npenetapan: teks\nkonsultasi_publik: [1]\ntanggal_reviu: kemarin\nkomponen:\n  persyaratan: { kelompok: [1, { butir: teks }] }\n  sistem_mekanisme_prosedur: { alur: [null, { langkah: [{ waktu: { nilai: "1", satuan: abad } }] }] }\n  jangka_waktu: { nilai: -1, satuan: jam, teks: 5 }\n  biaya: { gratis: ya, tarif: [null, { jumlah: "5000" }], keterangan: 7 }\n  produk: { nama: x }\n  pengaduan: { kanal: teks }\n  dasar_hukum: [{ jenis: Perda }, { jenis: Perda, nomor: {}, penerbit: 5 }]\n  sarana_prasarana: [null, 3]\n  jumlah_pelaksana: { total: "8", rincian: [null, { jumlah: x }] }\n',
  'kode: X\nstatus: draf\nkomponen:\n  produk: []\n  biaya: { tarif: [{ uraian: A, jumlah: 1e300 }], keterangan: "99999999999999999999 (satu)" }\n',
  // The shapes issue 10 added, written wrongly.
  'kode: X\nstatus: ditetapkan\ncakupan: [1]\nsumber: 5\npenetapan: { tidak_dinyatakan: ya, nomor: 7, tahun: teks }\nkomponen:\n  persyaratan: { butir: teks, kelompok: [{ butir: [{ rincian: 5, bentuk: [1, null], bentuk_pilihan: teks, dasar_hukum: [] }] }] }\n  sistem_mekanisme_prosedur: [{ pelaksana: 5, rincian: teks, dasar_hukum: { jo: teks, ln: 5 } }, { waktu: { paling_cepat: { nilai: x }, nilai: 24, satuan: jam, teks: 5 } }]\n  jangka_waktu: { paling_cepat: "1", nilai: 1, satuan: hari }\n  biaya: { gratis: true, sesuai_peraturan: teks }\n  pengaduan: { tidak_dinyatakan: true, kanal: [{ jenis: website, alamat: [null, 5] }] }\n  dasar_hukum: [{ jenis: UU, jo: [null, { jo: [{}] }], ln: { tahun: x } }]\n  produk: { tidak_dinyatakan: 1 }\n',
];
const ODD_PROVIDERS = [
  'kode: P\nmaklumat: teks\nkepala: 5\nwilayah: { jenis: kota }\n',
  'kode: P\nmaklumat: { janji: teks, penandatangan: [] }\npemerintah: 7\n',
  'kode: P\nkepala: { tidak_dinyatakan: true, alasan: 5 }\nmaklumat: { tidak_dinyatakan: true, alasan: [] }\ntelepon: [5]\nwebsite: [x]\n',
  BASE_PROVIDER,
];

/** Every rule at once on every pairing of odd documents: a rule that throws is said by its id (guarded). */
function failures(): Diagnostic[] {
  const options = { ...onlyRule(Object.keys(RULES)[0]!), rules: {} };
  const out: Diagnostic[] = [];
  for (const text of ODD_PROVIDERS) {
    const provider = providerDoc(text);
    out.push(...runProviderRules(provider, options));
    for (const doc of ODD) {
      const [a, b] = ['a.yaml', 'b.yaml'].map((file) => applyDefaults(parseSource(file, doc, 'id').source!, provider, true));
      out.push(...runServiceRules(a!, options), ...runUnitRules(provider, [serviceSummary(a!), serviceSummary(b!)], options));
    }
  }
  return out.filter((d) => d.message.includes('gagal memeriksa'));
}

describe('rules on odd input', () => {
  let failed: Diagnostic[] | undefined;
  it.each(Object.keys(RULES))('%s never throws', (id) => {
    failed ??= failures();
    expect(failed.filter((d) => d.rule === id)).toEqual([]);
  });
});

describe('the examples', () => {
  // Against the registry the package ships, as users run them.
  it('pass every rule cleanly', async () => {
    const { diagnostics, files } = await validate([EXAMPLES], { cwd: EXAMPLES, now: '2026-11-01T00:00:00Z', workers: 0 });
    expect(files).toBeGreaterThan(5);
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}: ${d.message}`)).toEqual([]);
  });
});
