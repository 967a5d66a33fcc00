import type { Lang } from '../i18n/index.js';
import { compileTerms, obsoleteIn, type CompiledTerm, type CompiledTerms } from '../registry/terms.js';
import { walkData } from '../load/pointer.js';
import type { ReportSpec, ServiceRule } from './types.js';

/** Citations quote titles, which may name what they abolished ("Retribusi IMB"): peraturan-dicabut judges those. */
const CITATION_FIELDS = new Set(['dasar_hukum', 'sesuai_peraturan', 'jo', 'sumber']);

/** Every text of a document outside its citations, with a function that builds its pointer. */
function forEachOwnText(value: unknown, visit: (text: string, pointer: () => string) => void): void {
  walkData(value, (v, place) => {
    if (typeof place.key === 'string' && CITATION_FIELDS.has(place.key)) return false;
    if (typeof v === 'string') visit(v, place.pointer);
  });
}

/** One finding per term and file, at its first place, counting the others: the fix is the same everywhere. */
function findings(data: unknown, terms: CompiledTerms, lang: Lang): ReportSpec[] {
  const seen = new Map<CompiledTerm, { spec: ReportSpec; more: number }>();
  forEachOwnText(data, (text, pointer) => {
    for (const t of obsoleteIn(text, terms)) {
      const known = seen.get(t);
      if (known) {
        known.more++;
        continue;
      }
      const quoted = t.patterns.map((p) => p.exec(text)?.[0]).find((m) => m !== undefined) ?? t.term.istilah;
      seen.set(t, { spec: { pointer: pointer(), message: 'obsolete', params: { kutipan: quoted, penjelasan: t.term.penjelasan[lang], pengganti: t.term.pengganti } }, more: 0 });
    }
  });
  return [...seen.values()].map(({ spec, more }) => (more === 0 ? spec : { ...spec, message: 'obsoleteMore', params: { ...spec.params, lagi: more } }));
}

/** Stamp duty of Rp6.000, an IMB, a SIUP, Askes: facts the law has replaced, listed in registry/istilah-usang.yaml. */
export const istilahUsang: ServiceRule = {
  id: 'istilah-usang',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Fakta yang sudah diganti peraturan (tarif bea meterai lama, IMB, SIUP, TDP, Askes, Jamsostek, nama departemen lama) tidak boleh tertulis di komponen mana pun. Daftarnya data: registry/istilah-usang.yaml.',
    en: 'Facts replaced by law (old stamp duty amounts, IMB, SIUP, TDP, Askes, Jamsostek, old department names) must not be written in any component. The list is data: registry/istilah-usang.yaml.',
  },
  messages: {
    obsolete: {
      message: { id: '"{kutipan}" sudah usang: {penjelasan}', en: '"{kutipan}" is obsolete: {penjelasan}' },
      hint: { id: 'Tulis yang berlaku sekarang: {pengganti}.', en: 'Write what applies now: {pengganti}.' },
    },
    obsoleteMore: {
      message: { id: '"{kutipan}" sudah usang (juga di {lagi} tempat lain di berkas ini): {penjelasan}', en: '"{kutipan}" is obsolete (also in {lagi} other places in this file): {penjelasan}' },
      hint: { id: 'Tulis yang berlaku sekarang: {pengganti}.', en: 'Write what applies now: {pengganti}.' },
    },
  },
  check(service, ctx, report) {
    for (const f of findings(service.source.data, compileTerms(ctx.registryData().istilah), ctx.lang)) report(f);
  },
  checkUnit({ provider }, ctx, report) {
    if (!provider) return;
    for (const f of findings(provider.data, compileTerms(ctx.registryData().istilah), ctx.lang)) report({ ...f, file: provider.source.path });
  },
};
