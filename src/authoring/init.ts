import { posix } from 'node:path';
import { acronym, slugify } from './names.js';
import { listScaffold, renderScaffold } from './templates.js';

export type WilayahJenis = 'nasional' | 'provinsi' | 'kabupaten' | 'kota';

export interface Wilayah {
  jenis: WilayahJenis;
  /** As printed: "Kota Sukamaju", "Kabupaten Sleman", "Provinsi Jawa Tengah". */
  nama: string;
}

const WILAYAH_PATTERNS: { re: RegExp; jenis: WilayahJenis; prefix: string }[] = [
  { re: /^kota\s+(.+)$/i, jenis: 'kota', prefix: 'Kota ' },
  { re: /^(?:kabupaten|kab\.?)\s*(.+)$/i, jenis: 'kabupaten', prefix: 'Kabupaten ' },
  { re: /^(?:provinsi|propinsi|prov\.?)\s*(.+)$/i, jenis: 'provinsi', prefix: 'Provinsi ' },
  // Provinces whose official name carries their special status instead of "Provinsi".
  { re: /^((?:daerah khusus|daerah istimewa|dki|diy)\b.*)$/i, jenis: 'provinsi', prefix: '' },
];

/** "kab. sleman" → { kabupaten, "Kabupaten sleman" }; "nasional" → the whole country. */
export function parseWilayah(text: string): Wilayah | undefined {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (/^(?:nasional|pusat|indonesia|republik indonesia)$/i.test(clean)) return { jenis: 'nasional', nama: 'Republik Indonesia' };
  for (const p of WILAYAH_PATTERNS) {
    const m = p.re.exec(clean);
    if (m?.[1]) return { jenis: p.jenis, nama: p.prefix + m[1].trim() };
  }
  return undefined;
}

/** "Kota Sukamaju" → "Sukamaju": the place name alone, as a maklumat is signed ("Sukamaju, 5 Januari 2026"). */
function placeName(w: Wilayah): string | undefined {
  return w.jenis === 'nasional' ? undefined : w.nama.replace(/^(?:Kota|Kabupaten|Provinsi)\s+/, '');
}

export interface UnitAnswers {
  /** Name of the unit, e.g. "Dinas Kependudukan dan Pencatatan Sipil". */
  nama: string;
  wilayah: Wilayah;
  /** Head of the unit, with titles. */
  kepala: string;
  jabatan?: string;
  kode?: string;
  pemerintah?: string;
}

export interface ScaffoldOptions {
  /** Folder holding the schemas, relative to the unit folder, with "/" (e.g. "node_modules/standar-pelayanan/schemas"). */
  schemaDir: string;
  /** Whether standar.config.schema.json ships with the package. */
  configSchema: boolean;
  /** YYYY-MM-DD, the maklumat's date until the head signs it. */
  today: string;
  /** Version of standar-pelayanan, for the package.json written for the unit. */
  version: string;
  /** The unit folder relative to the repository root ("." when it is the root), for the CI workflow. */
  workingDirectory: string;
}

export const defaultJabatan = (nama: string) => `Kepala ${nama}`;

export function defaultPemerintah(w: Wilayah): string {
  return w.jenis === 'nasional' ? 'Pemerintah Republik Indonesia' : `Pemerintah ${w.nama}`;
}

export function defaultKode(nama: string, w: Wilayah): string {
  const place = placeName(w);
  const parts = [acronym(nama) || 'UNIT', ...(place ? [place.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '')] : [])];
  return parts.filter(Boolean).join('-').slice(0, 64);
}

/** Template path → output path: "dot-vscode/x.json.hbs" → ".vscode/x.json" (npm drops some dotfiles from packages). */
function outputPath(templatePath: string): string {
  return templatePath
    .split('/')
    .map((s) => (s.startsWith('dot-') ? '.' + s.slice(4) : s))
    .join('/')
    .replace(/\.hbs$/, '');
}

/** The order files are listed in: the content first, the tooling after. */
const LISTING_ORDER = ['penyelenggara.yaml', 'layanan/', 'standar.config.yaml', 'README.md', 'package.json', '.vscode/', '.github/'];
const rank = (path: string) => {
  const i = LISTING_ORDER.findIndex((p) => path === p || (p.endsWith('/') && path.startsWith(p)));
  return i < 0 ? LISTING_ORDER.length : i;
};

/**
 * Every file of a new unit, as path (relative to the unit folder, "/"-separated) → content. The
 * caller decides what to write; nothing here touches the disk beyond reading the templates.
 */
export function scaffoldUnit(answers: UnitAnswers, options: ScaffoldOptions): Map<string, string> {
  const nama = answers.nama.trim().replace(/\s+/g, ' ');
  const files = new Map<string, string>();
  const templates = listScaffold('unit').sort((a, b) => rank(outputPath(a)) - rank(outputPath(b)) || (a < b ? -1 : 1));
  for (const template of templates) {
    const out = outputPath(template);
    const schemaFor = (file: string) => posix.relative(posix.dirname(out), posix.join(options.schemaDir, file)) || file;
    // VS Code resolves these from the opened folder; "./" marks them as paths, not URLs.
    const vscode = (file: string) => {
      const path = posix.join(options.schemaDir, file);
      return path.startsWith('../') ? path : `./${path}`;
    };
    const data = {
      nama,
      kode: answers.kode ?? defaultKode(nama, answers.wilayah),
      pemerintah: answers.pemerintah ?? defaultPemerintah(answers.wilayah),
      wilayah: answers.wilayah,
      kepala: { nama: answers.kepala.trim().replace(/\s+/g, ' '), jabatan: answers.jabatan ?? defaultJabatan(nama) },
      tempat: placeName(answers.wilayah) ?? '[isi: tempat penandatanganan maklumat]',
      tanggal: options.today,
      schema: {
        layanan: schemaFor('layanan.schema.json'),
        penyelenggara: schemaFor('penyelenggara.schema.json'),
        config: options.configSchema ? schemaFor('standar.config.schema.json') : false,
        vscode: {
          layanan: vscode('layanan.schema.json'),
          penyelenggara: vscode('penyelenggara.schema.json'),
          config: options.configSchema ? vscode('standar.config.schema.json') : false,
        },
      },
      packageName: slugify(`${nama} ${answers.wilayah.jenis === 'nasional' ? '' : answers.wilayah.nama}`),
      description: `Standar pelayanan ${nama} (${answers.wilayah.nama})`,
      versionRange: `^${options.version}`,
      workingDirectory: options.workingDirectory,
    };
    files.set(out, renderScaffold(`unit/${template}`, data));
  }
  return files;
}
