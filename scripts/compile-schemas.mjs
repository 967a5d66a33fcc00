// Build step after tsc: the schemas as precompiled ajv code (dist/schema/compiled-schemas.cjs for
// the standards, compiled-config.cjs for standar.config.yaml, compiled-skm-hasil.cjs for a unit's
// survey results), so a run does not pay ~100 ms of compiling. Uses the exact ajv set-up of the
// validators (dist/schema/validators.js) and records which schema files each module was made from.
import { writeFileSync } from 'node:fs';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { COMPILED_MODULES, createAjv, schemasHash } from '../dist/schema/validators.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const { ajv, ids } = createAjv({ code: { source: true } });
for (const { url, files, kinds } of Object.values(COMPILED_MODULES)) {
  const code = standaloneCode(ajv, Object.fromEntries(kinds.map((kind) => [kind, ids[kind]])));
  writeFileSync(url, `${code}\nmodule.exports.schemasHash = ${JSON.stringify(schemasHash(files))};\n`);
}
