/** A fact the law has replaced, as `registry/istilah-usang.yaml` lists it (schemas/istilah-usang.schema.json). */
export interface ObsoleteTerm {
  id: string;
  /** The old fact as people know it: "IMB", "meterai Rp6.000". */
  istilah: string;
  /** Regular expressions (case-insensitive, Unicode) that find it in a text. */
  pola: string[];
  /** Texts that name it only to say it is gone ("PBG (dahulu IMB)"). */
  kecuali?: string[];
  /** The registry id of the regulation that replaced it. */
  diganti_oleh: string;
  /** What is written now. */
  pengganti: string;
  penjelasan: { id: string; en: string };
  sumber: { url?: string; judul?: string; diperiksa: string }[];
}

export interface CompiledTerm {
  term: ObsoleteTerm;
  patterns: RegExp[];
  exceptions: RegExp[];
}

export interface CompiledTerms {
  terms: CompiledTerm[];
  /** Every pattern at once: most texts hold none, and are passed over with one test. */
  any: RegExp;
}

const compiled = new WeakMap<readonly ObsoleteTerm[], CompiledTerms>();

/** The terms with their patterns compiled, once per list. */
export function compileTerms(list: readonly ObsoleteTerm[]): CompiledTerms {
  let out = compiled.get(list);
  if (!out) {
    const terms = list.map((term) => ({ term, patterns: term.pola.map((p) => new RegExp(p, 'iu')), exceptions: (term.kecuali ?? []).map((p) => new RegExp(p, 'iu')) }));
    out = { terms, any: new RegExp(list.flatMap((t) => t.pola.map((p) => `(?:${p})`)).join('|') || '(?!)', 'iu') };
    compiled.set(list, out);
  }
  return out;
}

/** The terms a text still uses. */
export function obsoleteIn(text: string, compiledTerms: CompiledTerms): CompiledTerm[] {
  if (!compiledTerms.any.test(text)) return [];
  return compiledTerms.terms.filter((t) => t.patterns.some((p) => p.test(text)) && !t.exceptions.some((p) => p.test(text)));
}
