// Last build step: the package's entry points (its exports, the CLI) bundled in place over what
// tsc wrote, what each imports lazily split into dist/chunks/, and the check worker as one file. Node loads a
// module file by file (resolve, read, compile): a run of `standar validate` loaded about 100 of
// this package's files before its first check, in each worker too. Dependencies stay outside,
// loaded from node_modules as before. The other modules of dist/ stay as tsc wrote them (tests,
// benchmarks and the build's own scripts import them).
//
// A module finds its files (schemas, compiled schemas, the registry, package.json, a worker)
// from its own `import.meta.url`. Bundled, that would be the bundle's: each use is replaced by
// the module's own place in dist/, reached from the output file it lands in.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ENTRIES = ['index.js', 'validate.js', 'render/index.js', 'pdf/index.js', 'cli/main.js'];
/** Started in a thread of its own, which shares no module with the others: one file, no chunks. */
const WORKER = 'check/worker.js';
/** Stands for the way from an output file to dist/ until the output files are known. */
const HOME = '__standar_dist__';

const posix = (path) => path.split(sep).join('/');

const moduleUrls = {
  name: 'module-urls',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = `new URL(${JSON.stringify(`${HOME}/${posix(relative(DIST, path))}`)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'js' };
    });
  },
};

const common = { outdir: DIST, outbase: DIST, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', write: false, allowOverwrite: true, logLevel: 'warning', plugins: [moduleUrls] };
const results = await Promise.all([
  build({ ...common, entryPoints: ENTRIES.map((entry) => join(DIST, entry)), splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
  build({ ...common, entryPoints: [join(DIST, WORKER)] }),
]);

await rm(join(DIST, 'chunks'), { recursive: true, force: true });
for (const file of results.flatMap((result) => result.outputFiles)) {
  const home = posix(relative(dirname(file.path), DIST)) || '.';
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.text.replaceAll(`${HOME}/`, `${home}/`));
}
