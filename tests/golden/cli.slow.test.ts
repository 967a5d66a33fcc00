import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';
import { EXAMPLES } from '../render/units.js';
import { expectGolden, expectNoStrayGoldens, withoutTempPath } from './golden.js';

const GOLDEN = join(import.meta.dirname, 'cli');
const REPO = join(import.meta.dirname, '..', '..');

/** A service with a typo in a value, an unknown key and an http link: an error, an error, a warning. */
const BROKEN_SERVICE = SERVICE_YAML.replace('status: draf', 'status: ditetapkn').replace('  produk:', '  prodk:').replace('    gratis: true\n', '    gratis: true\n    keterangan: Lihat http://dukcapil.ujikota.go.id/biaya.\n');
const BROKEN_UNIT = {
  'penyelenggara.yaml': PROVIDER_YAML,
  'layanan/kk.yaml': SERVICE_YAML,
  'layanan/rusak.yaml': BROKEN_SERVICE,
  'layanan/kunci-ganda.yaml': 'kode: A\nkode: B\n',
};

/** A unit whose site cannot be whole: no maklumat, and one service that is not YAML. */
const PARTIAL_UNIT = {
  'penyelenggara.yaml': PROVIDER_YAML.replace(/^maklumat:\n(?: {2}.*\n)+/m, ''),
  'layanan/kk.yaml': SERVICE_YAML,
  'layanan/rusak.yaml': 'kode: DUK-X\nnama: [Belum selesai\n',
};

/** Written by hand: keys out of the schema's order, odd indentation, a deprecated form. */
const UNTIDY_SERVICE = `nama: Penerbitan Kartu Keluarga
kode: DUK-KK
status: draf
komponen:
  biaya:
      gratis: true
  persyaratan:
    - Surat pengantar RT/RW
  jangka_waktu: 3 hari kerja
`;

/** The same service a year later: a requirement added, the time shortened, a product renamed. */
const NEWER_SERVICE = SERVICE_YAML.replace('    - Surat pengantar RT/RW\n', '    - Surat pengantar RT/RW\n    - Formulir F-1.01\n')
  .replace('    nilai: 3\n', '    nilai: 1\n')
  .replace('    - Kartu Keluarga\n', '    - Kartu Keluarga (KK) elektronik\n');

/** Survey responses in the agreed layout for the example unit: a bad answer, a date outside the period, a number used twice, a code it does not have, skipped answers. */
const RESPONSES = [
  'No;Kode Layanan;Tanggal;Jenis Kelamin;Usia;Pendidikan;Pekerjaan;U1;U2;U3;U4;U5;U6;U7;U8;U9',
  '1;DUK-KK;05/01/2026;L;34;SMA;Swasta;4;4;3;4;4;4;4;3;4',
  '2;DUK-KK;06/01/2026;P;27;S1;PNS;3;3;2;4;3;3;4;3;',
  '3;DUK-KK;07/01/2026;P;45;SMP;Wirausaha;3;3;3;4;3;3;3;3;3',
  '4;DUK-KTP-EL;12/02/2026;L;19;SMA;Pelajar;4;4;4;4;4;4;4;4;4',
  '5;DUK-KTP-EL;13/02/2026;L;62;SD;Petani;3;5;2;4;3;3;3;2;',
  '6;DUK-KTP-EL;2026-03-02;P;38;D3;Swasta;3;3;3;4;3;4;4;3;3',
  '7;DUK-AKTA-LAHIR;2026-07-01;P;29;S1;PNS;4;4;4;4;4;4;4;4;4',
  '8;DUK-AKTA-LAHIR;15/04/2026;P;31;SMA;Lainnya;3;3;2;4;3;3;3;3;2',
  '8;DUK-AKTA-LAHIR;16/04/2026;L;33;SMA;Swasta;2;3;2;4;3;3;3;2;2',
  '9;DUK-AKTE;20/05/2026;L;50;S2;PNS;4;4;3;4;4;4;4;4;4',
  '',
].join('\r\n');

interface Scenario {
  name: string;
  argv: string[];
  /** Run in the repository (for its examples); otherwise in a temporary folder made of `files`. */
  inRepo?: boolean;
  files?: Record<string, string>;
  /** Copy examples/disdukcapil-sukamaju into the temporary folder as unit/. */
  example?: boolean;
}

/**
 * What a user reads in the terminal, with the exit code, for each command: what it says when all
 * is well, when something is wrong, and its help. Runs in-process without a terminal (no colour,
 * no progress bar); temporary folders are written as <tmp>.
 */
const SCENARIOS: Scenario[] = [
  { name: 'validate-contoh', argv: ['validate', 'examples'], inRepo: true },
  { name: 'validate-rusak', argv: ['validate'], files: BROKEN_UNIT },
  { name: 'validate-rusak-en', argv: ['validate', '--lang', 'en'], files: BROKEN_UNIT },
  { name: 'aturan', argv: ['aturan'], inRepo: true },
  { name: 'build', argv: ['build', 'unit', '-o', 'situs', '--base-url', 'https://layanan.sukamajukota.go.id'], example: true },
  { name: 'build-sebagian', argv: ['build', '-o', 'situs'], files: PARTIAL_UNIT },
  { name: 'render', argv: ['render', 'unit', '-o', 'halaman', '--varian', 'lengkap,publik,maklumat'], example: true },
  { name: 'render-sebagian', argv: ['render', '.', '-o', 'halaman', '--varian', 'publik,maklumat'], files: PARTIAL_UNIT },
  { name: 'ekspor', argv: ['ekspor', 'unit', '--ke', 'json', '-o', 'ekspor'], example: true },
  { name: 'ekspor-ditolak', argv: ['ekspor', '--ke', 'json'], files: { 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, 'layanan/akta.yaml': SERVICE_YAML.replace('kode: DUK-KK', 'kode: DUK-AKTA').replace('    - Kartu Keluarga\n', '    - "[isi: nama produk]"\n') } },
  { name: 'ekspor-bantuan', argv: ['ekspor', '--help'], inRepo: true },
  { name: 'skm-kuesioner', argv: ['skm', 'kuesioner', 'unit', '--layanan', 'DUK-KK,DUK-KTP-EL'], example: true },
  { name: 'skm-kuesioner-bantuan', argv: ['skm', 'kuesioner', '--help'], inRepo: true },
  { name: 'fmt-check', argv: ['fmt', '--check', 'layanan'], files: { 'layanan/kk.yaml': UNTIDY_SERVICE, 'layanan/rapi.yaml': SERVICE_YAML } },
  { name: 'diff', argv: ['diff', 'lama.yaml', 'baru.yaml'], files: { 'lama.yaml': SERVICE_YAML, 'baru.yaml': NEWER_SERVICE } },
  { name: 'init', argv: ['init', 'dinkes', '--yes', '--nama', 'Dinas Kesehatan', '--wilayah', 'Kabupaten Sleman'], files: {} },
  { name: 'new', argv: ['new', 'Penerbitan Surat Keterangan Domisili', '--unit', 'unit'], example: true },
  { name: 'skm-hitung', argv: ['skm', 'hitung', 'tanggapan.csv', '--unit', 'unit', '--periode', '2026-S1', '--populasi', '1200'], example: true, files: { 'tanggapan.csv': RESPONSES } },
  { name: 'skm-hitung-en', argv: ['skm', 'hitung', 'tanggapan.csv', '--unit', 'unit', '--bobot', '0.111', '--lang', 'en'], example: true, files: { 'tanggapan.csv': RESPONSES } },
  { name: 'skm-hitung-bantuan', argv: ['skm', 'hitung', '--help'], inRepo: true },
  { name: 'skm-laporan-bantuan', argv: ['skm', 'laporan', '--help'], inRepo: true },
  { name: 'audit-bantuan', argv: ['audit', '--help'], inRepo: true },
  { name: 'bantuan', argv: ['--help'], inRepo: true },
  { name: 'bantuan-en', argv: ['--help', '--lang', 'en'], inRepo: true },
  { name: 'validate-bantuan', argv: ['validate', '--help'], inRepo: true },
  { name: 'perintah-tidak-dikenal', argv: ['periksa'], inRepo: true },
];

/** One stream's text; a last line without its line break is marked, since a terminal would show it. */
const stream = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n[no line break at the end]\n`);

/** A command line as a user would type it. */
const shell = (argv: readonly string[]) => ['standar', ...argv.map((a) => (/^[\w./:,=-]+$/.test(a) ? a : JSON.stringify(a)))].join(' ');

describe('golden CLI output', () => {
  it.each(SCENARIOS)('$name', async ({ name, argv, inRepo, files = {}, example }) => {
    const cwd = inRepo ? REPO : await tempTree(files);
    try {
      if (example) await cp(join(EXAMPLES, 'disdukcapil-sukamaju'), join(cwd, 'unit'), { recursive: true });
      const { code, stdout, stderr } = await run(argv, cwd);
      const text = `$ ${shell(argv)}\nexit ${code}\n\n--- stdout\n${stream(stdout)}--- stderr\n${stream(stderr)}`;
      expectGolden(join(GOLDEN, `${name}.txt`), inRepo ? text : withoutTempPath(text, cwd));
    } finally {
      if (!inRepo) await rm(cwd, { recursive: true, force: true });
    }
  });

  it('has no golden file that no scenario makes', () => expectNoStrayGoldens(GOLDEN, SCENARIOS.map((s) => `${s.name}.txt`)));
});
