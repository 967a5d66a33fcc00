import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PageSearch } from '../engine/page.js';
import { scriptSafeJson } from '../view/jsonld.js';

/** What a search looks in, weighed: the name first, then the office, category, life events, keywords and description. */
const FIELDS = ['judul', 'kantor', 'kategori', 'peristiwa', 'kataKunci', 'deskripsi'];
const BOOST = { judul: 3, kantor: 1.5, kategori: 1.5, peristiwa: 1.5, kataKunci: 2 };

export interface SearchDocument {
  judul: string;
  kantor: string;
  kategori?: string;
  /** The life events' names in the page's language. */
  peristiwa: string[];
  kataKunci: string[];
  deskripsi?: string;
}

/** Lower case, Indonesian and English alike, accents folded: "Akta" finds "akta", "Pendaftaran" finds "pendaftaran". */
const processTerm = (term: string) => term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

let library: string | undefined;

/** minisearch's browser build, read once from the installed package (its exports name only the module builds). */
function minisearchSource(): string {
  library ??= readFileSync(join(dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js'), 'utf8');
  return library;
}

/**
 * The page's code: shows the search box (hidden without scripts, where the filters stay the way
 * to narrow the list), loads the prebuilt index and hides the services a query does not find.
 * The filters keep working alongside: a service shows when both let it.
 */
const GLUE = `
document.addEventListener('DOMContentLoaded', function () {
  var data = document.getElementById('indeks-cari');
  var box = document.querySelector('.cari');
  var input = document.getElementById('cari-kata');
  if (!data || !box || !input) return;
  var fold = function (t) { return t.normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase(); };
  var index = MiniSearch.loadJSON(data.textContent, { fields: ${JSON.stringify(FIELDS)}, processTerm: fold });
  var items = document.querySelectorAll('.daftar-layanan > .layanan');
  box.hidden = false;
  input.addEventListener('input', function () {
    var query = input.value.trim();
    if (query === '') {
      for (var i = 0; i < items.length; i++) items[i].hidden = false;
      return;
    }
    var found = {};
    index.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: ${JSON.stringify(BOOST)} }).forEach(function (r) { found[r.id] = true; });
    for (var j = 0; j < items.length; j++) items[j].hidden = !found[j];
  });
});
`;

/**
 * The catalogue's search: documents numbered by their place in the list, indexed at build time,
 * so a browser only loads the index. The JSON is made safe to sit inside <script>.
 */
export function catalogueSearch(documents: readonly SearchDocument[]): PageSearch {
  const index = new MiniSearch<SearchDocument & { id: number }>({ fields: FIELDS, processTerm, extractField: (doc, field) => {
    const value = (doc as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(' ') : (value as string | undefined) ?? '';
  } });
  index.addAll(documents.map((d, id) => ({ ...d, id })));
  return { indeks: scriptSafeJson(index.toJSON()), skrip: `${minisearchSource()}\n${GLUE}` };
}
