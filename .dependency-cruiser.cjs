/**
 * The layout of src/, checked by `npm run lint:deps` (docs/architecture.md, "Layers").
 *
 * Layers, lowest first:
 *   core      every folder of src/ not named below (load, check, rules, report, config, model, …)
 *   engine    render: the HTML engine (templates, CSP, fonts, document kinds, view models)
 *   products  built on the core and the engine, never on each other (PRODUCTS)
 *   publish   what picks among the products (output formats)
 *   cli       flags → one library call → output → exit code; nothing imports it
 * A new product folder goes into PRODUCTS.
 */
const PRODUCTS = ['pdf', 'serve', 'authoring'];
const ENGINE = 'render';
const ABOVE_CORE = [ENGINE, ...PRODUCTS, 'publish', 'cli'];

const folders = (names) => `^src/(${names.join('|')})/`;
// The root export lists the whole library, CLI included; it is no layer.
const ROOT_EXPORT = '^src/index\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle between files: one of them holds a piece that belongs lower; move it there.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Folders of src/ depend one way: a cycle between two means a shared piece is in the wrong one.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'The library never reaches into the CLI; bin/standar.js runs it and the root export offers `main` only.',
      from: { path: '^src/', pathNot: ['^src/cli/', ROOT_EXPORT] },
      to: { path: '^src/cli/' },
    },
    {
      name: 'root-exports-main-only',
      severity: 'error',
      comment: 'Of the CLI, the root export offers `main` (the whole CLI, for programs that embed it), nothing else.',
      from: { path: ROOT_EXPORT },
      to: { path: '^src/cli/', pathNot: '^src/cli/main\\.ts$' },
    },
    {
      name: 'products-apart',
      severity: 'error',
      comment: 'Products do not import each other: what two of them share belongs in the core or in the HTML engine.',
      from: { path: folders(PRODUCTS) },
      to: { path: folders(PRODUCTS), pathNot: '^src/$1/' },
    },
    {
      name: 'engine-below-products',
      severity: 'error',
      comment: 'The HTML engine (render) is what products build on; it never imports a product, publish or the CLI.',
      from: { path: `^src/${ENGINE}/` },
      to: { path: folders(ABOVE_CORE), pathNot: `^src/${ENGINE}/` },
    },
    {
      name: 'core-below-everything',
      severity: 'error',
      comment: 'The core (load, check, rules, report, config, model, …) imports neither the engine, a product nor the CLI.',
      from: { path: '^src/', pathNot: [folders(ABOVE_CORE), ROOT_EXPORT] },
      to: { path: folders(ABOVE_CORE) },
    },
    {
      name: 'core-without-browser-or-templates',
      severity: 'error',
      comment: '`standar-pelayanan/validate` loads neither Chromium\'s driver nor Handlebars: the core imports neither.',
      from: { path: '^src/', pathNot: [folders(ABOVE_CORE), ROOT_EXPORT] },
      to: { path: 'node_modules/(puppeteer-core|handlebars)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.d.ts', '.json'],
    },
  },
};
