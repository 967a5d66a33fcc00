import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { ruleDocsUrl } from '../../src/report/rule-docs.js';
import { sarif } from '../../src/report/formatters/sarif.js';
import { PROVIDER_YAML, run, SERVICE_YAML, tempTree } from '../helpers.js';

const PKG = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; repository: { url: string } };
const REPO = PKG.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

describe("each rule's documentation address", () => {
  it('is docs/rules/<id>.md of the running version, in the repository package.json names', () => {
    expect(ruleDocsUrl('komponen-lengkap')).toBe(`${REPO}/blob/v${PKG.version}/docs/rules/komponen-lengkap.md`);
    for (const id of Object.keys(RULES)) expect(readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8').length).toBeGreaterThan(0);
    expect(ruleDocsUrl('skema')).toBeUndefined();
    expect(ruleDocsUrl('__proto__')).toBeUndefined();
  });

  it('is in JSON (docs), SARIF (helpUri) and the footer of the human output', async () => {
    const root = await tempTree({ 'penyelenggara.yaml': PROVIDER_YAML, 'layanan/kk.yaml': SERVICE_YAML.replace('status: draf', 'status: ditetapkn') + 'kontak: http://contoh.go.id\n' });
    const json = await run(['validate', '-f', 'json'], root);
    const found = JSON.parse(json.stdout) as { rule: string; docs?: string }[];
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(d.docs).toBe(ruleDocsUrl(d.rule));
    expect(found.some((d) => d.rule === 'skema' && d.docs === undefined)).toBe(true);

    const log = JSON.parse(sarif({ diagnostics: [], files: 0 }, { lang: 'id', color: false })) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    const descriptors = log.runs[0]!.tool.driver.rules;
    expect(descriptors.map((r) => r.helpUri)).toEqual(Object.keys(RULES).map((id) => ruleDocsUrl(id)));

    const text = await run(['validate'], await tempTree({ 'layanan/kk.yaml': SERVICE_YAML }));
    // Before the summary, which stays the last line.
    expect(text.stdout).toMatch(/\nPenjelasan aturan:\n( {2}\S+ {2}https:\/\/\S+\n)+\n⚠ [^\n]+\n$/);
    expect(text.stdout).toContain(`\n  komponen-lengkap  ${ruleDocsUrl('komponen-lengkap')}\n`);
    const en = await run(['validate', '--lang', 'en'], await tempTree({ 'layanan/kk.yaml': SERVICE_YAML }));
    expect(en.stdout).toContain(`Rules explained:\n  komponen-lengkap  ${ruleDocsUrl('komponen-lengkap')}`);
  });
});

describe('standar aturan', () => {
  it('lists every rule with severity, scope, description and address, in both languages', async () => {
    const id = await run(['aturan'], '/');
    expect(id.code).toBe(0);
    expect(id.stdout).toMatch(/^\d+ aturan \(tingkat bawaan; ubah di standar.config.yaml, bagian rules\):\n\n/);
    expect(id.stdout).toMatch(/^komponen-lengkap +galat +layanan +Komponen yang dimuat cakupan/m);
    expect(id.stdout).toMatch(/^kode-layanan-ganda +galat +unit +/m);
    expect(id.stdout).toContain(`  ${ruleDocsUrl('komponen-lengkap')}\n`);
    for (const rule of Object.keys(RULES)) expect(id.stdout).toMatch(new RegExp(`^${rule} `, 'm'));
    const en = await run(['aturan', '--lang', 'en'], '/');
    expect(en.stdout).toMatch(/^komponen-lengkap +error +service +/m);
  });

  it('gives JSON for tools', async () => {
    const r = await run(['aturan', '--format', 'json', '--lang', 'en'], '/');
    const rules = JSON.parse(r.stdout) as { id: string; severity: string; scope: string; description: string; docs: string; options: Record<string, unknown> }[];
    expect(rules.map((x) => x.id)).toEqual(Object.keys(RULES));
    expect(rules.find((x) => x.id === 'waktu-langkah-melebihi')).toMatchObject({ severity: 'error', scope: 'service', docs: ruleDocsUrl('waktu-langkah-melebihi'), options: { jam_kerja_per_hari: 7.5 } });
    expect(rules[0]!.description).toBe(RULES[rules[0]!.id]!.description.en);
    const bad = await run(['aturan', '-f', 'xml'], '/');
    expect(bad.code).toBe(2);
  });
});
