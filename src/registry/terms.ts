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

const compiled = new WeakMap<readonly ObsoleteTerm[], CompiledTerm[]>();

/** The terms with their patterns compiled, once per list. */
export function compileTerms(terms: readonly ObsoleteTerm[]): CompiledTerm[] {
  let out = compiled.get(terms);
  if (!out) {
    out = terms.map((term) => ({ term, patterns: term.pola.map((p) => new RegExp(p, 'iu')), exceptions: (term.kecuali ?? []).map((p) => new RegExp(p, 'iu')) }));
    compiled.set(terms, out);
  }
  return out;
}

/** The terms a text still uses. */
export function obsoleteIn(text: string, terms: readonly CompiledTerm[]): CompiledTerm[] {
  return terms.filter((t) => t.patterns.some((p) => p.test(text)) && !t.exceptions.some((p) => p.test(text)));
}
