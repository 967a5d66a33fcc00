import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on its first use, synchronously, not when the module that needs it
 * is imported: importing the package (`import('standar-pelayanan')`) must not load every library
 * that only some of its work needs, the template engine, the QR encoder and the XML parser among
 * them. Work that is asynchronous anyway loads its libraries with `await import()`.
 */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}
