import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConfigs } from '../../src/config/load.js';
import { RULES } from '../../src/rules/index.js';
import { tempTree } from '../helpers.js';
import { checkExample } from './helpers.js';

const page = (id: string) => readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
const block = (text: string, heading: string) => new RegExp(`## ${heading}\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(text)?.[1];

describe('docs/rules: one page per rule whose examples are true', () => {
  it.each(Object.keys(RULES))('%s', async (id) => {
    const text = page(id);
    const bad = block(text, 'Contoh yang salah');
    const good = block(text, 'Contoh yang benar');
    expect(bad && good, 'a failing and a passing example').toBeTruthy();
    const found = checkExample(id, bad!);
    expect(found.map((d) => d.message), 'the page quotes what the failing example says').toEqual([...text.matchAll(/^> \*\*Pesan:\*\* (.*)$/gm)].map((m) => m[1]));
    expect(/^> \*\*Saran:\*\* (.*)$/m.exec(text)?.[1]).toBe(found[0]!.hint);
    expect(checkExample(id, good!)).toEqual([]);
    for (const [, config] of text.matchAll(/```yaml\n(rules:\n[\s\S]*?)```/g)) {
      const root = await tempTree({ 'standar.config.yaml': config! });
      expect((await findConfigs([], { lang: 'id', cwd: root, configFile: 'standar.config.yaml' })).diagnostics, config).toEqual([]);
    }
  });

  it('the index lists every rule', () => {
    const index = readFileSync(new URL('../../docs/rules/README.md', import.meta.url), 'utf8');
    for (const id of Object.keys(RULES)) expect(index).toContain(`[\`${id}\`](${id}.md)`);
  });
});
