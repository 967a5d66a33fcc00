import { describeValue } from '../i18n/describe.js';
import { asRecord, normalizeText } from './lib/data.js';
import { regulationLabel } from '../registry/label.js';
import { citedRegulations } from './lib/regulations.js';
import type { ServiceRule } from './types.js';

type Level = 'provinsi' | 'kabupaten' | 'kota';

interface Region {
  level?: Level;
  /** Normalized name without the level word: "sukamaju". */
  name: string;
}

const LEVEL_WORDS: [RegExp, Level][] = [
  [/\b(provinsi|prov|pemprov|gubernur|pergub|daerah khusus ibukota|dki)\b/, 'provinsi'],
  [/\b(kabupaten|kab|pemkab|bupati|perbup)\b/, 'kabupaten'],
  [/\b(kota|pemkot|wali ?kota|walikota|perwali|perwalkot)\b/, 'kota'],
];
const NOISE = /\b(pemerintah|pemerintahan|peraturan|daerah|provinsi|prov|pemprov|gubernur|pergub|kabupaten|kab|pemkab|bupati|perbup|kota|pemkot|wali|walikota|perwali|perwalkot|administrasi|daerah khusus ibukota|dki|perda)\b/g;
const JENIS_LEVEL: Record<string, Level> = { Pergub: 'provinsi', Perbup: 'kabupaten', Perwali: 'kota' };
const REGIONAL = new Set(['Perda', 'Pergub', 'Perbup', 'Perwali']);
const LEVELS: ReadonlySet<string> = new Set<Level>(['provinsi', 'kabupaten', 'kota']);

function parseRegion(text: string, level?: Level): Region {
  const n = normalizeText(text);
  const found = level ?? LEVEL_WORDS.find(([re]) => re.test(n))?.[1];
  return { level: found, name: n.replace(NOISE, ' ').replace(/\s+/g, ' ').trim() };
}

/** The provider's own region and its province, from `wilayah`, else from "Pemerintah Kota X". */
function providerRegions(provider: unknown): { own: Region; province?: Region } | undefined {
  const p = asRecord(provider);
  const wilayah = asRecord(p.wilayah);
  if (wilayah.jenis === 'nasional') return undefined;
  if (typeof wilayah.nama === 'string' && typeof wilayah.jenis === 'string' && LEVELS.has(wilayah.jenis)) {
    const own = parseRegion(wilayah.nama, wilayah.jenis as Level);
    const province = typeof wilayah.provinsi === 'string' ? parseRegion(wilayah.provinsi, 'provinsi') : own.level === 'provinsi' ? own : undefined;
    return own.name ? { own, province } : undefined;
  }
  if (typeof p.pemerintah !== 'string') return undefined;
  const own = parseRegion(p.pemerintah);
  return own.level && own.name ? { own, province: own.level === 'provinsi' ? own : undefined } : undefined;
}

const same = (a: Region, b: Region) => a.name === b.name && (a.level === undefined || b.level === undefined || a.level === b.level);

/** A regency must not rest on another city's Perda (a frequent copy-and-paste defect). */
export const perdaWilayahLain: ServiceRule = {
  id: 'perda-wilayah-lain',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Peraturan daerah (Perda, Pergub, Perbup, Perwali) yang dirujuk harus dari daerah penyelenggara sendiri atau provinsinya.',
    en: 'Regional regulations (Perda, Pergub, Perbup, Perwali) cited must be from the provider\'s own region or its province.',
  },
  messages: {
    otherRegion: {
      message: {
        id: '{peraturan} adalah peraturan daerah lain; penyelenggara ini berada di {wilayah}.',
        en: '{peraturan} is another region\'s regulation; this provider is in {wilayah}.',
      },
      hint: {
        id: 'Rujuk peraturan {wilayah} (atau provinsinya) yang mengatur hal yang sama. Bila ini salah tulis, perbaiki "penerbit" atau "jenis".',
        en: 'Cite the regulation of {wilayah} (or its province) on the same matter. If this is a typing mistake, correct "penerbit" or "jenis".',
      },
    },
  },
  check(service, _ctx, report) {
    const regions = service.provider ? providerRegions(service.provider.data) : undefined;
    if (!regions) return;
    const wilayahText = asRecord(asRecord(service.provider?.data).wilayah).nama;
    const wilayah = typeof wilayahText === 'string' ? wilayahText : describeValue(asRecord(service.provider?.data).pemerintah);
    for (const cited of citedRegulations(service.data)) {
      if (!REGIONAL.has(cited.jenis) || !cited.penerbit) continue;
      const issuer = parseRegion(cited.penerbit, JENIS_LEVEL[cited.jenis]);
      if (!issuer.name) continue;
      const ok = same(issuer, regions.own) || (regions.province !== undefined && (issuer.level === undefined || issuer.level === 'provinsi') && issuer.name === regions.province.name);
      if (!ok) report({ pointer: cited.pointer, message: 'otherRegion', params: { peraturan: regulationLabel(cited), wilayah } });
    }
  },
};
