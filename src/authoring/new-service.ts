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

const indent = (lines: readonly string[]) => lines.map((l) => (l === '' ? '' : `  ${l}`));

/**
 * One component of templates/scaffold/komponen/: the regulation's explanation (the leading
 * comment) and a skeleton. An inherited component keeps the explanation and says where its
 * content comes from, so writing the key would be a deliberate override.
 */
function componentBlock(key: ComponentKey, inherited: boolean): string[] {
  const lines = renderScaffold(`komponen/${key}.yaml.hbs`, {}).trimEnd().split('\n');
  const guideEnd = lines.findIndex((l) => !l.startsWith('#'));
  const guide = lines.slice(0, guideEnd);
  if (!inherited) return [...guide, ...lines.slice(guideEnd)];
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
