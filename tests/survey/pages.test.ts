import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { gate } from '../../src/render/gate.js';
import { buildSite, prepareUnit, renderDocument } from '../../src/render/index.js';
import { satisfactionView } from '../../src/render/view/survey.js';
import type { SurveyResults } from '../../src/model/skm-results.js';
import { PROVIDER_YAML, SERVICE_YAML, tempTree } from '../helpers.js';

const EXAMPLE = readFileSync(new URL('../../examples/disdukcapil-sukamaju/skm/hasil-2026-S1.json', import.meta.url), 'utf8');
const results = JSON.parse(EXAMPLE) as SurveyResults;
/** Visible text of a page, tags removed, spaces joined. */
const textOf = (html: string) => html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

async function site(files: Record<string, string>, lang: 'id' | 'en' = 'id') {
  const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML, ...files });
  const loaded = await loadUnits(['.'], { cwd: root, lang });
  const { unit } = await prepareUnit(gate(loaded, lang).units[0]!, lang);
  return { unit, files: buildSite(unit, { lang }).files };
}

describe('the latest survey on the pages', () => {
  it('a service with its own respondents shows its own index, rounded for display only, in the page\'s language', () => {
    expect(satisfactionView(results, 'duk-kk', 'id')).toMatchObject({ ikm: '82,64', mutu: 'B', kinerja: 'baik', unit: false, keterangan: 'Survei Januari–Juni 2026, 34 responden', ringkas: 'IKM 82,64 · mutu B (baik)' });
    expect(satisfactionView(results, 'DUK-KK', 'en')).toMatchObject({ ikm: '82.64', ringkas: 'IKM 82.64 · grade B (good)', keterangan: 'Survey of January–June 2026, 34 respondents' });
  });

  it('a service without respondents of its own shows the unit\'s pooled index and says so; nothing is shown without results or without a period', () => {
    expect(satisfactionView(results, 'DUK-LAIN', 'id')).toMatchObject({ ikm: '80,40', unit: true, keterangan: 'Survei seluruh layanan unit, Januari–Juni 2026, 150 responden' });
    expect(satisfactionView(undefined, 'DUK-KK', 'id')).toBeUndefined();
    expect(satisfactionView({ ...results, periode: null }, 'DUK-KK', 'id')).toBeUndefined();
    const empty = { ...results, unit: { ...results.unit, responden: 0, ikm: null, konversi: null, mutu: null, kinerja: null }, layanan: [] };
    expect(satisfactionView(empty, 'DUK-KK', 'id')).toBeUndefined();
  });

  it('the public page, the full standard\'s evaluation and the catalogue show it; a unit without results shows nothing of it', async () => {
    const kept = await site({ 'skm/hasil-2026-S1.json': EXAMPLE });
    const publik = textOf(kept.files.get('layanan/duk-kk/index.html')!);
    expect(publik).toContain('Kepuasan masyarakat IKM 82,64 · mutu B (baik) Survei Januari–Juni 2026, 34 responden');
    const lengkap = textOf(renderDocument('lengkap', kept.unit, kept.unit.services[0]!));
    expect(lengkap).toContain('Hasil survei kepuasan terakhir (Januari–Juni 2026, 34 responden): IKM 82,64 · mutu B (baik).');
    const katalog = textOf(kept.files.get('index.html')!);
    expect(katalog).toContain('Indeks Kepuasan Masyarakat unit: IKM 80,40 · mutu B (baik) (Januari–Juni 2026, 150 responden)');
    expect(katalog).toContain('Kepuasan masyarakat IKM 82,64 · mutu B (baik)');

    const none = await site({});
    for (const page of [none.files.get('index.html')!, none.files.get('layanan/duk-kk/index.html')!, renderDocument('lengkap', none.unit, none.unit.services[0]!)]) {
      expect(textOf(page)).not.toMatch(/IKM|Kepuasan masyarakat|survei kepuasan terakhir/);
    }
  });

  it('the catalogue gives a service without its own respondents no index of its own: the unit\'s stands above the list once', async () => {
    const other = EXAMPLE.replaceAll('"DUK-KK"', '"DUK-LAIN"');
    const { files, unit } = await site({ 'skm/hasil-2026-S1.json': other }, 'en');
    expect(textOf(files.get('index.html')!)).not.toContain('Public satisfaction IKM');
    expect(textOf(files.get('index.html')!)).toContain("The unit's public satisfaction index: IKM 80.40 · grade B (good) (January–June 2026, 150 respondents)");
    expect(textOf(files.get('layanan/duk-kk/index.html')!)).toContain("Public satisfaction IKM 80.40 · grade B (good) Survey of all the unit's services, January–June 2026, 150 respondents");
    expect(unit.survey?.periode?.kode).toBe('2026-S1');
  });
});
