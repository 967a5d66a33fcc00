// Build step after tsc: the built-in templates (templates/*.hbs and templates/partials/*.hbs),
// precompiled by Handlebars into dist/render/engine/compiled-templates.cjs with the hash of each
// source, so a run that renders does not parse and compile them (some 300 ms). The options are
// the ones loadTemplates compiles with (dist/render/engine/templates.js).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { BUILTIN_TEMPLATE_DIR, templateHash } from '../dist/render/engine/templates.js';

const names = [
  ...readdirSync(BUILTIN_TEMPLATE_DIR).filter((n) => n.endsWith('.hbs')),
  ...readdirSync(join(BUILTIN_TEMPLATE_DIR, 'partials')).filter((n) => n.endsWith('.hbs')).map((n) => join('partials', n)),
].sort();
const entries = names.map((name) => {
  const text = readFileSync(join(BUILTIN_TEMPLATE_DIR, name), 'utf8');
  return `  ${JSON.stringify(name)}: { hash: ${JSON.stringify(templateHash(text))}, spec: ${Handlebars.precompile(text, { preventIndent: true })} },`;
});
writeFileSync(new URL('../dist/render/engine/compiled-templates.cjs', import.meta.url), `module.exports.templates = {\n${entries.join('\n')}\n};\n`);
