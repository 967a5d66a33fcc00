import { COMPONENT_BY_KEY } from '../model/components.js';
import { listAnd, type Lang, type Text } from '../i18n/index.js';
import { unstatedInProvider } from './lib/unstated.js';
import type { Unstated, UnitRule, UnstatedAt } from './types.js';

const PART: Record<Exclude<Unstated['part'], 'komponen' | 'pelaksana' | `${string}_penetapan`>, Text> = {
  penetapan: { id: 'keputusan penetapan', en: 'the decree that set the standard' },
  konsultasi_publik: { id: 'konsultasi publik', en: 'the public consultation' },
  kepala: { id: 'kepala unit', en: 'the head of the unit' },
  nama_kepala: { id: 'nama kepala unit', en: 'the name of the head of the unit' },
  maklumat: { id: 'maklumat pelayanan', en: 'the service pledge (maklumat)' },
  penandatangan_maklumat: { id: 'penandatangan maklumat', en: 'the signer of the pledge' },
};
/** The parts of a cited decree the document does not show, said as one item. */
const DECREE_PART: Record<'tanggal_penetapan' | 'penandatangan_penetapan' | 'nama_penandatangan_penetapan', Text> = {
  tanggal_penetapan: { id: 'tanggal', en: 'date' },
  penandatangan_penetapan: { id: 'penandatangan', en: 'signer' },
  nama_penandatangan_penetapan: { id: 'nama penandatangan', en: 'signer\'s name' },
};
/** Where each part is written, for the hint (a component: under its own key). */
const KEY: Record<Exclude<Unstated['part'], 'komponen'>, string> = {
  penetapan: 'penetapan',
  tanggal_penetapan: 'penetapan',
  penandatangan_penetapan: 'penetapan',
  nama_penandatangan_penetapan: 'penetapan',
  konsultasi_publik: 'konsultasi_publik',
  pelaksana: 'pelaksana',
  kepala: 'kepala',
  nama_kepala: 'kepala',
  maklumat: 'maklumat',
  penandatangan_maklumat: 'maklumat',
};

const isDecreePart = (part: Unstated['part']): part is keyof typeof DECREE_PART => Object.hasOwn(DECREE_PART, part);

/** One file's unstated parts as the items of the list, in its order; a decree's parts make one item, and so do the components. */
function items(parts: readonly Unstated[], lang: Lang): string[] {
  const decree = parts.flatMap((p) => (isDecreePart(p.part) ? [DECREE_PART[p.part][lang]] : []));
  const components = parts.flatMap((p) => (p.part === 'komponen' ? [`"${COMPONENT_BY_KEY[p.key].label[lang]}"`] : []));
  const out: string[] = [];
  let decreeSaid = false;
  let componentsSaid = false;
  for (const p of parts) {
    if (isDecreePart(p.part)) {
      if (!decreeSaid) out.push(lang === 'id' ? `${listAnd(decree, lang)} keputusan penetapan` : `the decree's ${listAnd(decree, lang)}`);
      decreeSaid = true;
    } else if (p.part === 'komponen') {
      if (!componentsSaid) out.push(lang === 'id' ? `komponen ${listAnd(components, lang)}` : `the component${components.length > 1 ? 's' : ''} ${listAnd(components, lang)}`);
      componentsSaid = true;
    } else if (p.part === 'pelaksana') {
      const flow = p.flow ? ` (${p.flow})` : p.complaint ? (lang === 'id' ? ' tindak lanjut pengaduan' : ' of the complaint follow-up') : '';
      out.push(lang === 'id' ? `pelaksana langkah ke-${p.steps.join(', ke-')}${flow}` : `the actor of step${p.steps.length > 1 ? 's' : ''} ${p.steps.join(', ')}${flow}`);
    } else out.push(PART[p.part][lang]);
  }
  return out;
}

/** "a.yaml, b.yaml dan c.yaml"; beyond three, "a.yaml, b.yaml dan 28 berkas lain". */
function files(names: readonly string[], lang: Lang): string {
  if (names.length <= 3) return listAnd(names, lang);
  const rest = names.length - 2;
  return listAnd([...names.slice(0, 2), lang === 'id' ? `${rest} berkas lain` : `${rest} other files`], lang);
}

/**
 * A document copied as it is published leaves things unsaid: the decree of a public page, the
 * head's name, the maklumat, who does a passive step. Each is written so (`tidak_dinyatakan`, or
 * a step without `pelaksana`), shown so on the pages, and said here once per unit, all together,
 * rather than once per rule and per file. What the document's declared scope and status make a
 * defect (a set full standard without its decree) stays with the part's own rule, at a higher
 * severity, and is not repeated here (rules/lib/unstated.ts decides which is which).
 */
export const tidakDinyatakan: UnitRule = {
  id: 'tidak-dinyatakan',
  scope: 'unit',
  severity: 'info',
  description: {
    id: 'Bagian yang tidak disebut dokumen (tidak_dinyatakan, langkah tanpa pelaksana) dan bukan cacat menurut cakupan dan statusnya dicatat sekali per unit, dalam satu daftar.',
    en: 'Parts the document does not state (tidak_dinyatakan, steps without an actor) that are no defect given its scope and status are noted once per unit, in one list.',
  },
  messages: {
    unstated: {
      message: { id: 'Tidak dinyatakan dalam dokumen: {daftar}.', en: 'Not stated in the document: {daftar}.' },
      hint: {
        id: 'Dicatat sekali, bukan sebagai cacat: dokumen yang disalin memang tidak memuatnya, dan halaman menampilkannya apa adanya. Bila unit mempunyai naskah yang menyebutnya, tulis di {kunci}.',
        en: 'Noted once, not as a defect: the document copied does not hold them, and pages show them as they are. If the unit has a text that states them, write them under {kunci}.',
      },
    },
  },
  check({ provider, services }, ctx, report) {
    const lang = ctx.lang;
    const providerFile = provider?.source.path;
    const own: (Unstated | UnstatedAt)[] = provider ? unstatedInProvider(provider.data, services) : [];
    const byFile = new Map<string, UnstatedAt[]>();
    const seen = new Set<string>();
    for (const part of services.flatMap((s) => s.unstated ?? [])) {
      // A default of penyelenggara.yaml is unsaid once, however many services inherit it.
      const id = `${part.file}#${part.pointer}#${part.part}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (part.file === providerFile) own.push(part);
      else byFile.set(part.file, [...(byFile.get(part.file) ?? []), part]);
    }
    const groups: { file: string; parts: readonly (Unstated | UnstatedAt)[] }[] = [...(providerFile && own.length > 0 ? [{ file: providerFile, parts: own }] : []), ...[...byFile].map(([file, parts]) => ({ file, parts }))];
    const first = groups[0];
    if (!first) return;
    // The other files, those that leave the same things unsaid said together.
    const others = new Map<string, string[]>();
    for (const g of groups.slice(1)) {
      const text = items(g.parts, lang).join('; ');
      others.set(text, [...(others.get(text) ?? []), g.file]);
    }
    const daftar = [items(first.parts, lang).join('; '), ...[...others].map(([text, names]) => `${lang === 'id' ? 'Di' : 'In'} ${files(names, lang)}: ${text}`)].join('. ');
    const kunci = listAnd([...new Set(groups.flatMap((g) => g.parts.map((p) => (p.part === 'komponen' ? p.key : KEY[p.part]))))].map((k) => `"${k}"`), lang);
    // At the first unsaid part: penyelenggara.yaml's are located by the runner, a service's come with their place.
    const place = first.parts[0]!;
    report({ file: first.file, pointer: place.pointer, ...('at' in place ? { at: place.at } : {}), message: 'unstated', params: { daftar, kunci } });
  },
};
