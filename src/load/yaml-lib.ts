import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

const require = createRequire(import.meta.url);
let lib: Yaml | undefined;

/**
 * The yaml library, loaded on first use: a run whose files js-yaml reads (load/quick.ts) needs
 * no position, and loading yaml costs a one-file run more than checking the file.
 */
export const yaml = (): Yaml => (lib ??= require('yaml') as Yaml);
