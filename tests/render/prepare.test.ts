import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../src/check/load-units.js';
import { prepareUnit } from '../../src/render/index.js';
import type { Media } from '../../src/render/types.js';
import { PROVIDER_YAML, tempTree } from '../helpers.js';

const LOGO_WITH_TEXT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/><text x="5" y="6" font-family="sans-serif">UJI</text></svg>';
const LOGO_AS_PATHS = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><!-- nama kota digambar, bukan <text> --><path d="M1 1 H9"/></svg>';

async function prepared(logo: string, media?: Media) {
  const dir = await tempTree({ 'penyelenggara.yaml': `${PROVIDER_YAML}logo: logo.svg\n`, 'logo.svg': logo });
  const { units } = await loadUnits([dir], { cwd: dir });
  return prepareUnit(units[0]!, 'id', media ? { media } : {});
}

describe('the logo', () => {
  it('warns, for print, that text in an SVG logo would be printed in a font of the machine', async () => {
    const { unit, diagnostics } = await prepared(LOGO_WITH_TEXT, 'print');
    expect(unit.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'logo', severity: 'warning', pointer: '/logo' });
    expect(diagnostics[0]!.file).toMatch(/penyelenggara\.yaml$/);
    expect(diagnostics[0]!.message).toContain('Logo "logo.svg" memuat teks (<text>)');
    expect(diagnostics[0]!.hint).toContain('Object to Path');
  });

  it('says nothing for web pages, or for a logo whose letters are drawn as paths', async () => {
    expect((await prepared(LOGO_WITH_TEXT, 'screen')).diagnostics).toEqual([]);
    expect((await prepared(LOGO_WITH_TEXT)).diagnostics).toEqual([]);
    expect((await prepared(LOGO_AS_PATHS, 'print')).diagnostics).toEqual([]);
  });
});
