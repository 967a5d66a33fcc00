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
  /** The service's public page from the portal's root: what the front page of a split catalogue links a result to. */
  href?: string;
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
 * What the two scripts share: the query's words folded as the index folds them, one search's
 * settings, and a list narrowed to what a query finds (the filters keep working alongside: a
 * service shows when both let it).
 */
const SHARED = `
  var fields = ${JSON.stringify(FIELDS)};
  var fold = function (t) { return t.normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase(); };
  var find = function (index, query) { return index.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: ${JSON.stringify(BOOST)} }); };
  var narrow = function (index, input, items) {
    input.addEventListener('input', function () {
      var query = input.value.trim();
      var found = {};
      if (query !== '') find(index, query).forEach(function (r) { found[r.id] = true; });
      for (var i = 0; i < items.length; i++) items[i].hidden = query !== '' && !found[i];
    });
  };`;

/**
 * The page's code: shows the search box (hidden without scripts, where the filters stay the way
 * to narrow the list), loads the prebuilt index and hides the services a query does not find.
 */
const GLUE = `
(function () {${SHARED}
  document.addEventListener('DOMContentLoaded', function () {
    var data = document.getElementById('indeks-cari');
    var box = document.querySelector('.cari');
    var input = document.getElementById('cari-kata');
    if (!data || !box || !input) return;
    var index = MiniSearch.loadJSON(data.textContent, { fields: fields, processTerm: fold });
    box.hidden = false;
    narrow(index, input, document.querySelectorAll('.daftar-layanan > .layanan'));
  });
})();
`;

/** What a split catalogue's front page shows of a result, kept in each part's index. */
const STORED = ['judul', 'kantor', 'href'];

/**
 * The code of a split catalogue (one file for all its pages). A list page hides what a query
 * does not find, from its own part of the index. The front page holds no list: on the first
 * focus or keystroke it loads the index of every category page (each holds its services once),
 * searches them all and lists the best answers, with their office, as links.
 */
const SPLIT_GLUE = `
(function () {${SHARED}
  var load = function (shard) { return MiniSearch.loadJS(shard, { fields: fields, storeFields: ${JSON.stringify(STORED)}, processTerm: fold }); };
  window.indeksKatalog = window.indeksKatalog || [];
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('.cari');
    var input = document.getElementById('cari-kata');
    if (!box || !input) return;
    var list = document.querySelector('.daftar-layanan');
    if (list) {
      if (!window.indeksKatalog[0]) return;
      box.hidden = false;
      narrow(load(window.indeksKatalog[0]), input, list.querySelectorAll('.layanan'));
      return;
    }
    var parts = JSON.parse(document.getElementById('bagian-cari').textContent);
    var answer = document.querySelector('.hasil-cari');
    var said = answer.querySelector('.jumlah-hasil');
    var shown = answer.querySelector('ul');
    var indexes;
    var waiting = false;
    var run = function () {
      var query = input.value.trim();
      answer.hidden = query === '';
      if (query === '') return;
      if (!indexes) { said.textContent = answer.getAttribute('data-memuat'); return; }
      var all = [];
      indexes.forEach(function (index) { all = all.concat(find(index, query)); });
      all.sort(function (a, b) { return b.score - a.score; });
      var top = all.slice(0, 50);
      said.textContent = answer.getAttribute(all.length > top.length ? 'data-teratas' : 'data-ditemukan').replace('{n}', all.length).replace('{m}', top.length);
      shown.textContent = '';
      top.forEach(function (r) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = r.href;
        link.textContent = r.judul;
        var office = document.createElement('span');
        office.className = 'hasil-kantor';
        office.textContent = r.kantor;
        item.appendChild(link);
        item.appendChild(office);
        shown.appendChild(item);
      });
    };
    var start = function () {
      if (waiting || indexes) return;
      waiting = true;
      var left = parts.length;
      var ready = function () {
        if (--left > 0) return;
        indexes = window.indeksKatalog.map(load);
        run();
      };
      parts.forEach(function (src) {
        var script = document.createElement('script');
        script.src = src;
        script.onload = ready;
        script.onerror = function () { said.textContent = answer.getAttribute('data-gagal'); };
        document.head.appendChild(script);
      });
      if (parts.length === 0) ready();
    };
    box.hidden = false;
    input.addEventListener('focus', start);
    input.addEventListener('input', function () { start(); run(); });
  });
})();
`;

/** A split catalogue's search code: the library and the glue, one file that every page of it loads. */
export function searchLibrary(): string {
  return `${minisearchSource()}\n${SPLIT_GLUE}`;
}

/** One part of a split catalogue's index, as a script that adds it to the page's list of parts. */
export function searchShard(documents: readonly SearchDocument[]): string {
  return `(window.indeksKatalog = window.indeksKatalog || []).push(${scriptSafeJson(buildIndex(documents, STORED).toJSON())});\n`;
}

function buildIndex(documents: readonly SearchDocument[], storeFields: string[] = []): MiniSearch<SearchDocument & { id: number }> {
  const index = new MiniSearch<SearchDocument & { id: number }>({ fields: FIELDS, storeFields, processTerm, extractField: (doc, field) => {
    const value = (doc as unknown as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(' ') : (value as string | undefined) ?? '';
  } });
  index.addAll(documents.map((d, id) => ({ ...d, id })));
  return index;
}

/**
 * The catalogue's search: documents numbered by their place in the list, indexed at build time,
 * so a browser only loads the index. The JSON is made safe to sit inside <script>.
 */
export function catalogueSearch(documents: readonly SearchDocument[]): PageSearch {
  return { indeks: scriptSafeJson(buildIndex(documents).toJSON()), skrip: `${minisearchSource()}\n${GLUE}` };
}
