// Build step after tsc: the schemas as precompiled ajv code (dist/schema/compiled-schemas.cjs),
// so a one-file run does not pay ~100 ms of compiling. Uses the exact ajv set-up of the
// validators (dist/schema/validators.js) and records which schema files it was made from.
import { writeFileSync } from 'node:fs';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { COMPILED_MODULE, createAjv, schemasHash } from '../dist/schema/validators.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const { ajv, ids } = createAjv({ code: { source: true } });
const code = standaloneCode(ajv, ids);
writeFileSync(COMPILED_MODULE, `${code}\nmodule.exports.schemasHash = ${JSON.stringify(schemasHash())};\n`);
