import { posix } from 'node:path';
import type { Text } from '../i18n/index.js';
import { COMPONENTS } from '../model/components.js';
import { PLACEHOLDER } from '../model/placeholders.js';
import { defaultKode, placeName, type Wilayah } from '../model/wilayah.js';
import { cleanLine, isKode, KODE_RULE, LINE_PROBLEMS, lineProblem, slugify } from '../model/names.js';
import { componentSkeleton, indent } from './new-service.js';
import { listScaffold, renderScaffold } from './templates.js';
import { compareCodeUnits } from '../files/folders.js';

export interface UnitAnswers {
  /** Name of the unit, e.g. "Dinas Kependudukan dan Pencatatan Sipil". */
  nama: string;
  /** Without it, the region is left as a commented example: its kind (kota, kabupaten, ...) is a fact no placeholder can stand for. */
  wilayah?: Wilayah;
  /** Head of the unit, with titles. */
  kepala: string;
  /** The head's position; without it a placeholder is written (a guess would be printed under the signature). */
  jabatan?: string;
  kode?: string;
  /** The parent government; without it a placeholder is written (a vertical office is not the region's). */
  pemerintah?: string;
}

export interface ScaffoldOptions {
  /** Folder holding the schemas, relative to the unit folder, with "/" (e.g. "node_modules/standar-pelayanan/schemas"). */
  schemaDir: string;
  /** Whether standar.config.schema.json ships with the package. */
  configSchema: boolean;
  /** Version of standar-pelayanan, for the package.json written for the unit. */
  version: string;
  /** The unit folder relative to the repository root ("." when it is the root), for the CI workflow. */
  workingDirectory: string;
}

/** The answers a unit is made from; each is also the name of the flag of `standar init` that gives it. */
export const ANSWER_FIELDS = ['nama', 'wilayah', 'kepala', 'jabatan', 'kode', 'pemerintah'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/**
 * Why a typed answer cannot go into penyelenggara.yaml, as the end of a sentence that starts with
 * the answer ("--nama \"Dinas\\nX\" must be written on one line..."); undefined when it can.
 * Names and positions are one line of text; the code follows the schema's pattern.
 */
export function answerProblem(field: AnswerField, value: string): Text | undefined {
  if (field === 'kode') return isKode(value) ? undefined : { id: `tidak sah: ${KODE_RULE.id}, misalnya DKPS-SUKAMAJU.`, en: `is invalid: ${KODE_RULE.en}, e.g. DKPS-SUKAMAJU.` };
  const problem = lineProblem(value);
  return problem && LINE_PROBLEMS[problem];
}

export const defaultJabatan = (nama: string) => `Kepala ${cleanLine(nama)}`;

export function defaultPemerintah(w: Wilayah): string {
  return w.jenis === 'nasional' ? 'Pemerintah Republik Indonesia' : `Pemerintah ${w.nama}`;
}


/**
 * Group B (managing the service inside the organisation) is usually the same for every service
 * of a unit, and so is the complaint handling: penyelenggara.yaml holds their skeletons once, in
 * `bawaan`, instead of every service repeating them.
 */
const BAWAAN_KEYS = COMPONENTS.filter((c) => c.group === 'B' || c.key === 'pengaduan')
  .map((c) => c.key)
  .filter((k) => k !== 'dasar_hukum' && k !== 'jumlah_pelaksana');

/** A fact only the unit knows, with an example taken from the answers when they give one. */
const unknownFact = (what: string, example: string) => `[isi: ${what}, misalnya ${example}]`;

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
 * Answers must pass `answerProblem` (the CLI says which flag is wrong); text is written trimmed,
 * with runs of spaces made one.
 */
export function scaffoldUnit(answers: UnitAnswers, options: ScaffoldOptions): Map<string, string> {
  for (const field of ANSWER_FIELDS) {
    const value = field === 'wilayah' ? answers.wilayah?.nama : answers[field];
    const problem = value === undefined ? undefined : answerProblem(field, value);
    if (problem) throw new Error(`scaffoldUnit: the answer "${field}" (${JSON.stringify(value)}) ${problem.en}`);
  }
  const nama = cleanLine(answers.nama);
  const wilayah: Wilayah | undefined = answers.wilayah && { jenis: answers.wilayah.jenis, nama: cleanLine(answers.wilayah.nama) };
  const files = new Map<string, string>();
  const templates = listScaffold('unit').sort((a, b) => rank(outputPath(a)) - rank(outputPath(b)) || compareCodeUnits(a, b));
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
      kode: answers.kode ?? defaultKode(nama, wilayah),
      pemerintah: answers.pemerintah === undefined ? unknownFact('pemerintah atau instansi induk', wilayah ? defaultPemerintah(wilayah) : 'Pemerintah Kota Sukamaju') : cleanLine(answers.pemerintah),
      wilayah,
      kepala: {
        nama: cleanLine(answers.kepala),
        jabatan: answers.jabatan === undefined ? unknownFact('jabatan kepala unit', PLACEHOLDER.test(nama) ? 'Kepala Dinas Kependudukan dan Pencatatan Sipil' : defaultJabatan(nama)) : cleanLine(answers.jabatan),
      },
      tempat: (wilayah && placeName(wilayah)) ?? 'Sukamaju',
      bawaan: indent(BAWAAN_KEYS.flatMap(componentSkeleton), 4).join('\n'),
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
      packageName: slugify(`${nama} ${!wilayah || wilayah.jenis === 'nasional' ? '' : wilayah.nama}`),
      description: `Standar pelayanan ${nama}${wilayah ? ` (${wilayah.nama})` : ''}`,
      versionRange: `^${options.version}`,
      workingDirectory: options.workingDirectory,
    };
    files.set(out, renderScaffold(`unit/${template}`, data));
  }
  return files;
}
