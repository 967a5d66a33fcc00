import { entryLabel } from '../registry/label.js';
import { citationChecks, pasteForm } from './lib/citations.js';
import type { Regulation } from '../registry/types.js';
import type { ServiceRule } from './types.js';

/**
 * An omnibus law (UU 6/2023 on job creation) amends dozens of laws an article or two each;
 * citing it beside every one of them is not the practice, so its amendments are not asked for.
 */
const OMNIBUS = 5;

/**
 * "UU 23/2006" alone is not today's law on population administration: UU 24/2013 amended it.
 * A draft is reminded (info); a standard already set is warned.
 */
export const perubahanTidakDirujuk: ServiceRule = {
  id: 'perubahan-tidak-dirujuk',
  scope: 'service',
  severity: 'warning',
  description: {
    id: 'Peraturan yang sudah diubah dirujuk bersama perubahannya ("jo." atau rujukan tersendiri di dokumen yang sama), kecuali undang-undang omnibus. Pada standar yang ditetapkan: peringatan; pada draf: info.',
    en: 'An amended regulation is cited together with its amendments ("jo." or a citation of its own in the same document), omnibus laws aside. In a standard that is set: a warning; in a draft: info.',
  },
  messages: {
    missing: {
      message: { id: '{peraturan} sudah diubah dengan {perubahan}, tetapi perubahannya tidak dirujuk.', en: '{peraturan} has been amended by {perubahan}, but the amendment is not cited.' },
      hint: {
        id: 'Tambahkan perubahannya di rujukan ini: jo: [{ {rujukan} }].',
        en: 'Add the amendment to this citation: jo: [{ {rujukan} }].',
      },
    },
  },
  ...citationChecks((judged, registry, doc) => {
    // A regulation cited in several places is completed once: one finding, at its first citation.
    const said = new Set<string>();
    return judged.flatMap(({ cited, verdict }) => {
      if (verdict.kind !== 'found' && verdict.kind !== 'title') return [];
      const e = verdict.entry;
      if (e.ragu?.includes('diubah_oleh') || said.has(e.id)) return [];
      const missing = (e.diubah_oleh ?? []).map((id) => registry.get(id)).filter((a): a is Regulation => a !== undefined && a.status !== 'dicabut' && !doc.cites.has(a.id) && registry.amendedBy(a.id) < OMNIBUS);
      if (missing.length === 0) return [];
      said.add(e.id);
      return [
        {
          pointer: cited.pointer,
          message: 'missing',
          severity: doc.status === 'ditetapkan' ? ('warning' as const) : ('info' as const),
          params: { peraturan: entryLabel(e), perubahan: missing.map(entryLabel).join(', '), rujukan: missing.map(pasteForm).join(' }, { ') },
        },
      ];
    });
  }),
};
