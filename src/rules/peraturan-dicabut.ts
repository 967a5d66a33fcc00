import { entryLabel, regulationLabel } from '../registry/label.js';
import type { Registry } from '../registry/registry.js';
import { asArray, asRecord, isNumber, normalizeText } from './lib/data.js';
import { citationChecks, pasteForm, replacementOf, type Judged } from './lib/citations.js';
import type { CitedRegulation } from './lib/regulations.js';
import type { ReportSpec, RuleContext, ServiceRule } from './types.js';

/** A revocation the registry does not know yet, as a configuration's `tambahan` option writes it. */
interface RegulationId {
  jenis: string;
  nomor: string;
  tahun: number;
  tentang: string;
  penerbit?: string[];
}

interface Supersession {
  dicabut: RegulationId;
  pengganti: RegulationId;
}

const significantWords = (s: string) => normalizeText(s).split(' ').filter((w) => w.length > 3);

/** Same kind, number and year; the issuer too when both name one, else a title that reads alike. */
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

/** The `tambahan` lines of a configuration, those whose parts are all there. */
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

// Per run's rule options (the same object for every file that shares a configuration).
const tables = new WeakMap<object, Supersession[]>();
const tableFor = (options: Record<string, unknown>) => {
  let table = tables.get(options);
  if (!table) tables.set(options, (table = configured(options.tambahan)));
  return table;
};

const idLabel = (r: RegulationId) => regulationLabel({ ...r, penerbit: r.penerbit?.[0] });
const idPaste = (r: RegulationId) => [`jenis: ${r.jenis}`, ...(r.penerbit?.[0] ? [`penerbit: ${r.penerbit[0]}`] : []), `nomor: ${r.nomor}`, `tahun: ${r.tahun}`, `tentang: ${r.tentang}`].join(', ');

function findings(judged: readonly Judged[], registry: Registry, _doc: unknown, { options }: RuleContext): ReportSpec[] {
  const out: ReportSpec[] = [];
  for (const { cited, verdict } of judged) {
    if (verdict.kind === 'revoked') {
      const by = replacementOf(verdict.entry, registry);
      if (by) out.push({ pointer: cited.pointer, message: 'revoked', params: { dicabut: entryLabel(verdict.entry), pengganti: entryLabel(by), tentang: by.tentang, rujukan: pasteForm(by) } });
      else out.push({ pointer: cited.pointer, message: 'revokedNoReplacement', params: { dicabut: entryLabel(verdict.entry), pencabut: (verdict.entry.dicabut_oleh ?? []).join(', ') } });
      continue;
    }
    if ((verdict.kind === 'found' || verdict.kind === 'title') && verdict.entry.status === 'dicabut_sebagian' && !verdict.entry.ragu?.includes('status')) {
      const by = (verdict.entry.dicabut_sebagian_oleh ?? []).map((id) => registry.get(id)).filter((r) => r !== undefined);
      out.push({ pointer: cited.pointer, message: 'revokedInPart', severity: 'info', params: { peraturan: entryLabel(verdict.entry), pencabut: by.map(entryLabel).join(', ') } });
      continue;
    }
    if (verdict.kind !== 'found' && verdict.kind !== 'unknown' && verdict.kind !== 'unjudged') continue;
    const hit = tableFor(options).find((s) => matches(cited, s.dicabut));
    if (hit) out.push({ pointer: cited.pointer, message: 'revoked', params: { dicabut: idLabel(hit.dicabut), pengganti: idLabel(hit.pengganti), tentang: hit.pengganti.tentang, rujukan: idPaste(hit.pengganti) } });
  }
  return out;
}

/** A standard resting on a revoked regulation rests on nothing. */
export const peraturanDicabut: ServiceRule = {
  id: 'peraturan-dicabut',
  scope: 'service',
  severity: 'error',
  defaultOptions: { tambahan: [] },
  description: {
    id: 'Peraturan yang sudah dicabut (menurut daftar peraturan) tidak boleh dirujuk; pesan menyebut peraturan penggantinya. Peraturan yang dicabut sebagian dicatat sebagai info. Daftarnya dapat ditambah lewat peraturan.yaml atau opsi "tambahan".',
    en: 'A regulation revoked (according to the regulation registry) must not be cited; the message names its replacement. A regulation revoked in part is noted as info. The list can be extended with peraturan.yaml or the "tambahan" option.',
  },
  messages: {
    revoked: {
      message: {
        id: '{dicabut} sudah dicabut dan diganti {pengganti} tentang {tentang}.',
        en: '{dicabut} has been revoked and replaced by {pengganti} on {tentang}.',
      },
      hint: {
        id: 'Ganti rujukan ini dengan {rujukan}; periksa juga pasal yang dikutip.',
        en: 'Replace this citation with {rujukan}; check the quoted articles too.',
      },
    },
    revokedNoReplacement: {
      message: { id: '{dicabut} sudah dicabut ({pencabut}).', en: '{dicabut} has been revoked ({pencabut}).' },
      hint: {
        id: 'Hapus rujukan ini, atau ganti dengan peraturan yang sekarang mengatur hal yang sama (cari dengan: standar peraturan cari <kata judul>).',
        en: 'Remove this citation, or replace it with the regulation that now governs the matter (look it up with: standar peraturan cari <title words>).',
      },
    },
    revokedInPart: {
      message: { id: 'Sebagian pasal {peraturan} sudah dicabut oleh {pencabut}.', en: 'Some articles of {peraturan} have been revoked by {pencabut}.' },
      hint: {
        id: 'Pastikan pasal yang menjadi dasar layanan ini tidak termasuk yang dicabut; bila termasuk, rujuk {pencabut}.',
        en: 'Make sure the articles this service rests on are not among those revoked; if they are, cite {pencabut}.',
      },
    },
  },
  ...citationChecks(findings),
};
