import { PERATURAN_DICABUT, type RegulationId, type Supersession } from './data/peraturan-dicabut.js';
import { asArray, asRecord, isNumber, normalizeText } from './lib/data.js';
import { citedRegulations, regulationLabel, type CitedRegulation } from './lib/regulations.js';
import type { ServiceRule } from './types.js';

const significantWords = (s: string) => normalizeText(s).split(' ').filter((w) => w.length > 3);

/**
 * Same kind, number and year; for kinds many issuers share (Permen), also the issuer, or, when
 * the citation leaves it out, a title that reads like the revoked one.
 */
function matches(cited: CitedRegulation, old: RegulationId): boolean {
  if (cited.jenis !== old.jenis || cited.tahun !== old.tahun) return false;
  if (cited.nomor.replace(/\s+tahun\s+\d+$/i, '') !== old.nomor) return false;
  if (!old.penerbit) return true;
  if (cited.penerbit) {
    const issuer = normalizeText(cited.penerbit).replace(/ /g, '');
    return old.penerbit.some((name) => issuer.includes(normalizeText(name).replace(/ /g, '')));
  }
  if (!cited.tentang) return false;
  const title = new Set(significantWords(cited.tentang));
  const expected = significantWords(old.tentang);
  return expected.filter((w) => title.has(w)).length >= Math.ceil(expected.length * 0.6);
}

/** Lines added by the configuration: same shape as the built-in table. */
function configured(option: unknown): Supersession[] {
  const out: Supersession[] = [];
  for (const entry of asArray(option)) {
    const ids = [asRecord(asRecord(entry).dicabut), asRecord(asRecord(entry).pengganti)];
    if (!ids.every((r) => typeof r.jenis === 'string' && (typeof r.nomor === 'string' || isNumber(r.nomor)) && isNumber(r.tahun))) continue;
    const [dicabut, pengganti] = ids.map((r) => ({
      jenis: r.jenis as string,
      nomor: String(r.nomor),
      tahun: r.tahun as number,
      tentang: typeof r.tentang === 'string' ? r.tentang : '',
      ...(Array.isArray(r.penerbit) ? { penerbit: r.penerbit.filter((p): p is string => typeof p === 'string') } : typeof r.penerbit === 'string' ? { penerbit: [r.penerbit] } : {}),
    })) as [RegulationId, RegulationId];
    out.push({ dicabut, pengganti });
  }
  return out;
}

// Per run's rule options (the same object for every file that shares a configuration), by kind and year.
const tables = new WeakMap<object, Map<string, Supersession[]>>();

function tableFor(options: Record<string, unknown>): Map<string, Supersession[]> {
  let table = tables.get(options);
  if (table) return table;
  table = new Map();
  for (const line of [...PERATURAN_DICABUT, ...configured(options.tambahan)]) {
    const key = `${line.dicabut.jenis}|${line.dicabut.tahun}`;
    table.set(key, [...(table.get(key) ?? []), line]);
  }
  tables.set(options, table);
  return table;
}

const label = (r: RegulationId) => regulationLabel({ ...r, penerbit: r.penerbit?.[0] });

/** A standard resting on a revoked regulation rests on nothing. */
export const peraturanDicabut: ServiceRule = {
  id: 'peraturan-dicabut',
  scope: 'service',
  severity: 'error',
  defaultOptions: { tambahan: [] },
  description: {
    id: 'Peraturan yang sudah dicabut tidak boleh dirujuk; pesan menyebut peraturan penggantinya. Daftarnya dapat ditambah lewat opsi "tambahan".',
    en: 'A revoked regulation must not be cited; the message names its replacement. The list can be extended with the "tambahan" option.',
  },
  messages: {
    revoked: {
      message: {
        id: '{dicabut} sudah dicabut dan diganti {pengganti} tentang {tentang}.',
        en: '{dicabut} has been revoked and replaced by {pengganti} on {tentang}.',
      },
      hint: {
        id: 'Ganti rujukan ini dengan jenis: {jenis}, nomor: {nomor}, tahun: {tahun}, tentang: {tentang}; periksa juga pasal yang dikutip.',
        en: 'Replace this citation with jenis: {jenis}, nomor: {nomor}, tahun: {tahun}, tentang: {tentang}; check the quoted articles too.',
      },
    },
  },
  check(service, ctx, report) {
    const table = tableFor(ctx.options);
    for (const cited of citedRegulations(service.data)) {
      const hit = table.get(`${cited.jenis}|${cited.tahun}`)?.find((s) => matches(cited, s.dicabut));
      if (!hit) continue;
      const { pengganti } = hit;
      report({
        pointer: cited.pointer,
        message: 'revoked',
        params: { dicabut: label(hit.dicabut), pengganti: label(pengganti), tentang: pengganti.tentang, jenis: pengganti.jenis, nomor: pengganti.nomor, tahun: pengganti.tahun },
      });
    }
  },
};
