import { COMPONENTS, GROUP_TITLES, type ComponentKey } from '../model/components.js';
import { renderScaffold } from './templates.js';

export interface NewServiceInput {
  nama: string;
  kode: string;
  /** Where layanan.schema.json is, relative to the new file (for the yaml-language-server line). */
  schemaPath: string;
  /** Components the unit's penyelenggara.yaml already provides in `bawaan.komponen`. */
  inherited?: ReadonlySet<ComponentKey>;
}

/** `lines` moved right by `by` spaces; blank lines stay empty. */
export const indent = (lines: readonly string[], by = 2) => lines.map((l) => (l === '' ? '' : ' '.repeat(by) + l));

/**
 * One component of templates/scaffold/komponen/: the regulation's explanation (the comment lines
 * before the first blank line), then a skeleton that writes only what is true for every unit, a
 * "[isi: …]" for each fact only the unit knows, or the key commented out with an example where
 * the schema needs a fact (a number, a choice) that no placeholder can stand for.
 */
function componentTemplate(key: ComponentKey): { guide: string[]; skeleton: string[] } {
  const lines = renderScaffold(`komponen/${key}.yaml.hbs`, {}).trimEnd().split('\n');
  const blank = lines.indexOf('');
  return { guide: lines.slice(0, blank), skeleton: lines.slice(blank + 1) };
}

/** The skeleton of one component (its key at column 0), as penyelenggara.yaml's `bawaan` also writes it. */
export const componentSkeleton = (key: ComponentKey): string[] => componentTemplate(key).skeleton;

/**
 * A component with its explanation. An inherited one keeps the explanation and says where its
 * content comes from, so writing the key would be a deliberate override.
 */
function componentBlock(key: ComponentKey, inherited: boolean): string[] {
  const { guide, skeleton } = componentTemplate(key);
  if (!inherited) return [...guide, ...skeleton];
  return [...guide, `# ${key}: diwarisi dari penyelenggara.yaml (bawaan.komponen.${key}).`, `#   Tulis "${key}:" di sini hanya bila layanan ini berbeda.`];
}

/** The text of a new service file: all 14 components in order, each explained. */
export function newServiceText(input: NewServiceInput): string {
  const body: string[] = [];
  let group: string | undefined;
  for (const c of COMPONENTS) {
    if (c.group !== group) {
      group = c.group;
      if (body.length > 0) body.push('');
      body.push(`# ${group}. ${GROUP_TITLES[c.group].id}`, '');
    } else body.push('');
    body.push(...componentBlock(c.key, input.inherited?.has(c.key) ?? false));
  }
  const text = renderScaffold('layanan.yaml.hbs', { nama: input.nama, kode: input.kode, schema: input.schemaPath, komponen: indent(body).join('\n') });
  return text.endsWith('\n') ? text : text + '\n';
}
