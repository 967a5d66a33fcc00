// Build step after tsc: the schemas as precompiled ajv code (dist/schema/compiled-schemas.cjs for
// the standards, compiled-config.cjs for standar.config.yaml, compiled-skm-hasil.cjs for a unit's
// survey results), so a run does not pay ~100 ms of compiling. Uses the exact ajv set-up of the
// validators (dist/schema/validators.js) and records which schema files each module was made from.
// Minified by esbuild: every thread that checks a file parses the standards' module first (517 KB
// as ajv writes it, 392 KB so), and a one-file run spent some 17 ms loading it (12 ms minified).
import { writeFileSync } from 'node:fs';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { transformSync } from 'esbuild';
import { COMPILED_MODULES, createAjv, schemasHash } from '../dist/schema/validators.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const { ajv, ids } = createAjv({ code: { source: true } });
for (const { url, files, kinds } of Object.values(COMPILED_MODULES)) {
  const code = standaloneCode(ajv, Object.fromEntries(kinds.map((kind) => [kind, ids[kind]])));
  const { code: minified } = transformSync(code, { minify: true, format: 'cjs', platform: 'node', target: 'node20' });
  writeFileSync(url, `${minified}module.exports.schemasHash = ${JSON.stringify(schemasHash(files))};\n`);
}
