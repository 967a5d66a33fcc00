import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { BASE_PROVIDER, BASE_SERVICE, brief, checkProvider, checkService, checkUnit } from './helpers.js';

describe('the base documents the rule tests start from', () => {
  it.each(Object.values(RULES).map((r) => [r.id, r.scope] as const))('satisfy %s', (id, scope) => {
    const found = scope === 'service' ? checkService(id, BASE_SERVICE) : scope === 'provider' ? checkProvider(id, BASE_PROVIDER) : checkUnit(id, [['a.yaml', BASE_SERVICE]]);
    expect(brief(found)).toEqual([]);
  });

  it('every rule has a description, messages with hints in both languages, and a kebab-case id', () => {
    for (const rule of Object.values(RULES)) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.description.id && rule.description.en).toBeTruthy();
      for (const def of Object.values(rule.messages)) {
        expect(def.message.id && def.message.en, rule.id).toBeTruthy();
        expect(def.hint?.id && def.hint.en, `${rule.id} tells what to write instead`).toBeTruthy();
      }
    }
  });
});
