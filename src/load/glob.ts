import { createRequire } from 'node:module';

type Picomatch = typeof import('picomatch');

const require = createRequire(import.meta.url);
let lib: Picomatch | undefined;

/**
 * picomatch, loaded on first use: only globs among the inputs, a .standarignore, `abaikan:`,
 * `overrides` and a baseline's globs need it, and a run without them skips its six files.
 */
export const picomatch = (): Picomatch => (lib ??= require('picomatch') as Picomatch);
