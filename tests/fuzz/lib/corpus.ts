import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export type SeedKind = 'layanan' | 'penyelenggara' | 'config';

/** One file the mutations start from, with the files of its unit that a check needs beside it. */
export interface Seed {
  /** Relative to the repository (or `config:<name>` for the built-in configurations). */
  name: string;
  kind: SeedKind;
  bytes: Uint8Array;
  /** The unit's penyelenggara.yaml, for a service. */
  provider?: Uint8Array;
  /** A service of the unit, for a provider or a configuration. */
  service?: { name: string; bytes: Uint8Array };
}

/** Where the seeds come from: every fixture and example. */
const SOURCES = ['tests/fixtures', 'examples'];

/**
 * standar.config.yaml has no fixture of its own (tests write theirs inline): these cover every key
 * of its schema, so mutations reach `extends`, rule options, overrides, the baseline and pdf.
 */
const CONFIGS: Record<string, string> = {
  lengkap: `extends:
  - recommended
rules:
  reviu-berkala:
    severity: warning
    options:
      bulan: 14
  tautan-https: error
  persyaratan-ganda: info
overrides:
  - files: "layanan/arsip-*.yaml"
    rules:
      komponen-lengkap: "off"
      tautan-https: warning
baseline: standar-baseline.json
pdf:
  chromium: /usr/bin/chromium
  batas_waktu: 90
`,
  ketat: 'extends: strict\nrules:\n  reviu-berkala: "off"\n',
  opsi: `rules:
  peraturan-dicabut:
    options:
      tambahan:
        - dicabut: { jenis: Perda, nomor: 3, tahun: 2010, penerbit: Kota Sukamaju }
          pengganti: { jenis: Perda, nomor: 7, tahun: 2020, tentang: Retribusi }
  waktu-langkah-melebihi:
    severity: error
`,
};

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The seeds, in a fixed order so a seed number always means the same run. */
export function loadCorpus(): Seed[] {
  const files = SOURCES.flatMap((s) => yamlFiles(join(REPO, s)));
  const read = (path: string) => new Uint8Array(readFileSync(path));
  const isProvider = (path: string) => basename(path) === 'penyelenggara.yaml';
  const providerOf = (path: string): string | undefined => {
    for (let dir = dirname(path); dir.startsWith(REPO) && dir !== REPO; dir = dirname(dir)) {
      const candidate = files.find((f) => f === join(dir, 'penyelenggara.yaml'));
      if (candidate) return candidate;
    }
    return undefined;
  };
  const services = files.filter((f) => !isProvider(f));
  const example = join(REPO, 'examples/disdukcapil-sukamaju/layanan/ktp-el.yaml');
  const seeds: Seed[] = files.map((path) => {
    const name = relative(REPO, path);
    if (isProvider(path)) {
      const own = services.find((s) => providerOf(s) === path);
      return { name, kind: 'penyelenggara', bytes: read(path), ...(own ? { service: { name: basename(own), bytes: read(own) } } : {}) };
    }
    const provider = providerOf(path);
    return { name, kind: 'layanan', bytes: read(path), ...(provider ? { provider: read(provider) } : {}) };
  });
  for (const [name, text] of Object.entries(CONFIGS)) {
    seeds.push({
      name: `config:${name}`,
      kind: 'config',
      bytes: new TextEncoder().encode(text),
      provider: read(join(REPO, 'examples/disdukcapil-sukamaju/penyelenggara.yaml')),
      service: { name: basename(example), bytes: read(example) },
    });
  }
  return seeds;
}
