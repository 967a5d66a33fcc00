import { CONFIG_RULE, findConfigs } from '../config/load.js';
import { loadUnits } from '../check/load-units.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Lang } from '../i18n/index.js';
import { displayPath, isProviderFile, planInputs } from '../load/discover.js';
import { COMPONENT_KEYS, type ComponentKey } from '../model/components.js';
import { gate } from '../render/gate.js';
import { buildSite, prepareUnit, RenderError } from '../render/index.js';

export interface RenderRequest {
  unitDir: string;
  cwd: string;
  lang: Lang;
  templateDir?: string;
}

/** What a page shows: its own file's problems, and the inherited components' problems in penyelenggara.yaml. */
export interface PageSource {
  /** Display paths (as in diagnostics) of the files the page is made from. */
  files: string[];
  /** The service's components that come from penyelenggara.yaml's bawaan. */
  inherited: ComponentKey[];
  /** The provider's display path. */
  provider?: string;
}

export interface RenderResult {
  /** Site path → content; empty when the unit cannot be rendered. */
  files: [string, string][];
  pages: Record<string, PageSource>;
  diagnostics: Diagnostic[];
  /** Why there is no site at all (no penyelenggara.yaml, a template error, several units). */
  fatal: Diagnostic[];
  /** Configuration files outside the unit folder that the preview must also watch. */
  configFiles: string[];
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function fatal(file: string, message: string, hint: string): Diagnostic {
  return { file, ...START, pointer: '', rule: 'pratinjau', severity: 'error', message, hint };
}

/**
 * Load, check and render a unit the way `publishSite` does, in memory, keeping every problem for the
 * preview to show next to the content. Never throws on bad input.
 */
export async function renderPreview(req: RenderRequest): Promise<RenderResult> {
  const t = (id: string, en: string) => (req.lang === 'id' ? id : en);
  const loaded = await loadUnits([req.unitDir], { lang: req.lang, cwd: req.cwd });
  const plan = await planInputs([req.unitDir], req.cwd);
  const paths = plan.units.flatMap((u) => (u.providerPath ? [u.providerPath, ...u.servicePaths] : u.servicePaths));
  const configFiles = (await findConfigs(paths.length > 0 ? paths : [req.unitDir], { lang: req.lang, cwd: req.cwd })).files;
  // Sorted by loadUnits; placeholders left by init and new are among them (the isian-kosong rule).
  const result: RenderResult = { files: [], pages: {}, diagnostics: loaded.diagnostics, fatal: [], configFiles };
  const shownDir = displayPath(req.cwd, req.unitDir) || '.';

  const withProvider = loaded.units.filter((u) => u.provider);
  if (withProvider.length !== 1 || loaded.units.length !== 1) {
    // A broken penyelenggara.yaml or configuration already says why there is nothing to show.
    const explained = loaded.diagnostics.some((d) => d.severity === 'error' && (d.rule === CONFIG_RULE || isProviderFile(d.file)));
    if (!explained) {
      result.fatal.push(
        withProvider.length === 0
          ? fatal(shownDir, t(`Folder ${shownDir} tidak berisi penyelenggara.yaml.`, `The folder ${shownDir} holds no penyelenggara.yaml.`), t('Pratinjau menampilkan satu unit: jalankan "standar serve" pada folder yang berisi penyelenggara.yaml, atau buat unit dengan "standar init".', 'The preview shows one unit: run "standar serve" on the folder with penyelenggara.yaml, or create one with "standar init".'))
          : fatal(shownDir, t(`Folder ${shownDir} berisi ${loaded.units.length} unit.`, `The folder ${shownDir} holds ${loaded.units.length} units.`), t('Jalankan "standar serve" pada satu folder unit.', 'Run "standar serve" on one unit folder.')),
      );
    }
    return result;
  }

  const passed = gate(loaded, req.lang);
  const unitData = passed.units[0];
  if (!unitData?.provider) return result;
  const { unit, diagnostics } = await prepareUnit(unitData, req.lang);
  result.diagnostics.push(...diagnostics);
  try {
    const site = buildSite(unit, { templateDir: req.templateDir });
    result.files = [...site.files];
    const provider = unitData.provider.source.path;
    for (const doc of site.documents) {
      const at = doc.service ? unit.services.indexOf(doc.service) : -1;
      const source = at >= 0 ? unitData.services[at] : undefined;
      result.pages[doc.page] = source
        ? { files: [source.source.path], inherited: COMPONENT_KEYS.filter((k) => source.inherited.has(`/komponen/${k}`)), provider }
        : { files: [provider], inherited: [], provider };
    }
  } catch (err) {
    if (!(err instanceof RenderError)) throw err;
    result.fatal.push(...err.diagnostics);
    result.files = [];
  }
  return result;
}
