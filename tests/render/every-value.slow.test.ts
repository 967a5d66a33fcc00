import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { isRecord } from '../../src/load/guards.js';
import { joinPointer } from '../../src/load/pointer.js';
import { gate } from '../../src/render/gate.js';
import { formatNip, groupDigits, longDate, numberWithWords, rupiah, timeUnit, FREQUENCIES } from '../../src/model/format.js';
import { COMPLAINT_CHANNEL_LABELS, FORM_LABELS, PARTICIPANT_LABELS, SERVICE_CHANNEL_LABELS, STATUS_LABELS, labels } from '../../src/render/labels.js';
import { citeRegulation } from '../../src/render/peraturan.js';
import { COMPONENTS } from '../../src/model/components.js';
import { LIFE_EVENT_LABELS } from '../../src/model/life-events.js';
import { prepareUnit, renderDocument } from '../../src/render/index.js';
import { EXAMPLES } from './units.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const l = labels('id');

/**
 * Keys whose value is not printed as such, each for a reason a reader of the page would accept:
 * editor and tooling metadata, values expressed by the page itself rather than as text.
 */
const NOT_PRINTED: Record<string, string> = {
  $schema: 'the editor’s schema address',
  bahasa: 'the page’s language (lang attribute)',
  logo: 'the image itself, inlined',
  kasus: 'a rule’s input; the group’s own name states the case',
  cakupan: 'shown by what the rows of the components outside it say',
};
/**
 * Provider fields that identify the unit to tools and rules (its code; its region, which the
 * public page names but a unit with only a maklumat has no page for).
 */
const PROVIDER_METADATA = ['/kode', '/wilayah'];

/** Every way a page may print a value: as written, formatted, in words, or through its label. */
function renderings(key: string, value: string | number | boolean): string[] {
  if (typeof value === 'boolean') {
    const yes: Record<string, string[]> = { kelompok_rentan: [l.vulnerableTag], gratis: [l.free, l.freeSentence], tidak_dinyatakan: [l.notStated], tambahan: [l.inAddition] };
    if (key === 'wajib') return value ? [''] : [l.optional];
    return value ? (yes[key] ?? []) : [''];
  }
  // A channel of kind "lainnya" is shown by the name the document gave it, never as "Lainnya".
  if (key === 'jenis' && value === 'lainnya') return [''];
  if (typeof value === 'number') return [String(value), groupDigits(value, 'id'), numberWithWords(value, 'id'), rupiah(value, 'id')];
  const out = [value, longDate(value, 'id'), formatNip(value)];
  for (const table of [SERVICE_CHANNEL_LABELS, COMPLAINT_CHANNEL_LABELS, FORM_LABELS, PARTICIPANT_LABELS, STATUS_LABELS, FREQUENCIES, LIFE_EVENT_LABELS] as Record<string, { id: string }>[]) {
    if (Object.hasOwn(table, value)) out.push(table[value]!.id);
  }
  if (key === 'satuan') out.push(timeUnit(value, 'id') ?? value);
  if (key === 'terpotong_di') out.push(COMPONENTS.find((c) => c.key === value)?.label.id ?? value);
  if (key === 'jenis') out.push(citeRegulation({ jenis: value }));
  if (/^https?:\/\//.test(value)) out.push(new URL(value).href);
  return out.filter(Boolean);
}

/** The text a reader (and a search engine, a link) gets: visible text, the title, link targets. */
function readable(html: string): string {
  const decode = (s: string) => s.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!));
  const body = html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '');
  return squash(decode(body) + hrefs.join(' '));
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The text of one component's row of the full standard, so a value is found where it belongs. */
function componentRow(html: string, key: string): string {
  const start = html.indexOf(`<tr id="komponen-${key}">`);
  const next = html.indexOf('<tr id="komponen-', start + 1);
  return start < 0 ? '' : html.slice(start, next < 0 ? undefined : next);
}

interface Missing {
  file: string;
  pointer: string;
  value: unknown;
}

/** Every scalar of a document with its JSON pointer. */
function* scalars(value: unknown, pointer = ''): Generator<{ pointer: string; key: string; value: string | number | boolean }> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* scalars(v, joinPointer(pointer, String(i)));
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) if (!(k in NOT_PRINTED)) yield* scalars(v, joinPointer(pointer, k));
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    yield { pointer, key: pointer.split('/').filter((p) => !/^\d+$/.test(p)).pop() ?? '', value };
  }
}

const under = (pointer: string, prefix: string) => pointer === prefix || pointer.startsWith(`${prefix}/`);

/**
 * Each value of each file, looked for in the pages made of it: a service's values in its full
 * standard (a component's values in that component's row), the provider's defaults in the full
 * standard of each service that inherits them, its maklumat in the maklumat, its identity and head
 * on the unit's pages. A value the schema rejects is not looked for: validate reports it and the
 * page carries the draft mark.
 */
async function missingValues(root: string): Promise<{ missing: Missing[]; checked: number }> {
  const loaded = await loadUnits([root], { cwd: root });
  const { units } = gate(loaded, 'id');
  const rejected = loaded.diagnostics.filter((d) => d.rule === 'skema');
  const missing: Missing[] = [];
  let checked = 0;
  const look = (file: string, pointer: string, key: string, value: string | number | boolean, texts: string[]) => {
    if (rejected.some((d) => d.file === file && under(pointer, d.pointer) && d.pointer !== '')) return;
    checked++;
    // A yes/no is printed through a label or the document's own words for it ("GRATIS", "Tidak
    // dipungut biaya"), so it is looked for without case or a closing full stop.
    // A unit too, when the document's own words for the duration print it ("1 – 3 Hari Kerja").
    const loose = (s: string) => (typeof value === 'boolean' ? squash(s).toLowerCase().replace(/\.$/, '') : key === 'satuan' ? squash(s).toLowerCase() : squash(s));
    const found = renderings(key, value).some((r) => texts.some((t) => loose(t).includes(loose(r))));
    if (!found) missing.push({ file, pointer, value });
  };
  for (const loadedUnit of units) {
    const { unit } = await prepareUnit(loadedUnit, 'id');
    const lengkap = unit.services.map((s) => renderDocument('lengkap', unit, s));
    const publik = unit.services.map((s) => renderDocument('publik', unit, s));
    const maklumat = isRecord(unit.provider) && isRecord(unit.provider.maklumat) ? renderDocument('maklumat', unit) : '';
    for (const [i, doc] of loadedUnit.services.entries()) {
      for (const { pointer, key, value } of scalars(doc.source.data)) {
        const component = /^\/komponen\/([^/]+)/.exec(pointer)?.[1];
        look(doc.source.path, pointer, key, value, [readable(component ? componentRow(lengkap[i]!, component) : lengkap[i]!)]);
      }
    }
    const provider = loadedUnit.provider;
    if (!provider) continue;
    const everyPage = [...lengkap, ...publik, maklumat].map(readable);
    for (const { pointer, key, value } of scalars(provider.source.data)) {
      if (PROVIDER_METADATA.some((p) => under(pointer, p))) continue;
      if (under(pointer, '/maklumat')) {
        look(provider.source.path, pointer, key, value, [readable(maklumat)]);
      } else if (under(pointer, '/bawaan')) {
        const heirs = loadedUnit.services.map((s, i) => ({ s, i })).filter(({ s }) => [...s.inherited.values()].some((p) => under(pointer, p)));
        const component = /^\/bawaan\/komponen\/([^/]+)/.exec(pointer)?.[1];
        for (const { i } of heirs) look(provider.source.path, pointer, key, value, [readable(component ? componentRow(lengkap[i]!, component) : lengkap[i]!)]);
      } else {
        look(provider.source.path, pointer, key, value, everyPage);
      }
    }
  }
  return { missing, checked };
}

describe('every value of every example and fixture is on its pages', () => {
  it.each([
    ['examples', EXAMPLES],
    ['tests/fixtures', FIXTURES],
  ])('%s', async (_name, root) => {
    const { missing, checked } = await missingValues(root);
    expect(checked).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  }, 300_000);
});
