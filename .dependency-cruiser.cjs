/**
 * The layout of src/, checked by `npm run lint:deps` (docs/architecture.md, "Layers").
 *
 * Layers, lowest first:
 *   core      every folder of src/ not named below (load, check, rules, report, config, model, …)
 *   engine    render: the HTML engine in render/engine/ (templates, CSP, fonts, print frames), and
 *             on it the service standard's views and document kinds (the rest of render/)
 *   products  built on the core and the engine, never on each other (PRODUCTS)
 *   publish   build, render and the preview's site plan: picks among the products (formats,
 *             poster or PDF), writes through the output folder
 *   serve     the preview server, on publish
 *   cli       flags → one library call → output → exit code; nothing imports it
 * A new product folder goes into PRODUCTS.
 */
const PRODUCTS = ['pdf', 'authoring', 'export', 'survey', 'audit'];
const ENGINE = 'render';
const ABOVE_CORE = [ENGINE, ...PRODUCTS, 'publish', 'serve', 'cli'];
/** What the engine proper (render/engine/) may use of the rest of render/: the unit's types, the fixed wording, the draft verdict. */
const ENGINE_SHARES = '^src/render/(engine/|types\\.ts$|labels\\.ts$|gate\\.ts$)';

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
      name: 'engine-apart-from-views',
      severity: 'error',
      comment: 'render/engine/ knows pages, templates and frames, not the service standard: a view or document kind imports the engine, never the reverse.',
      from: { path: '^src/render/engine/' },
      to: { path: '^src/render/', pathNot: ENGINE_SHARES },
    },
    {
      name: 'pdf-prints-engine-html',
      severity: 'error',
      comment: 'pdf/ prints HTML: of the renderer it uses the engine only (frames, paper, targets), never the views.',
      from: { path: '^src/pdf/' },
      to: { path: '^src/render/', pathNot: '^src/render/engine/' },
    },
    {
      name: 'publish-above-products',
      severity: 'error',
      comment: 'publish picks among the engine and the products; they never import it (serve and the CLI do).',
      from: { path: folders([ENGINE, ...PRODUCTS]) },
      to: { path: '^src/publish/' },
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
