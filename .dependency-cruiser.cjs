// Import boundaries of src/ (`npm run lint` runs `depcruise src`; test/lint/boundaries.test.ts
// plants a violation of each rule and checks that they fail).
//
// A feature is a top-level folder of src/ that holds a Nest module (audit, auth, chat, ...).
// Other code uses it only through its public entry: `src/<feature>/index.ts`, which re-exports
// the module class and the few types, tokens and decorators that others need. Why: everything
// else in the folder can then be renamed, split or moved without a search through the whole
// tree, and what a feature offers is written down in one file a reviewer can read.
//
// `common` (cross-cutting pieces) and `config` (the validated environment) are the shared kernel:
// any file of theirs may be imported, and they import no feature, so that nothing in them can
// pull a feature's module graph (and its database models) into everything else.
// `app.module.ts`, `main.ts`, `bootstrap/` and `cli/` compose the app: no feature imports them.

/** The shared kernel: its files are public, it imports no feature. */
const KERNEL = '^src/(common|config)/';
/** Composition roots: they import features, never the reverse. */
const ROOTS = '^src/(app\\.module\\.ts|main\\.ts|bootstrap/|cli/)';
/** Specs and the test helpers beside them (a feature's `testing/` folders). */
const TEST_CODE = '(\\.spec\\.ts$|/testing/)';
/** A feature's public entry. */
const PUBLIC_ENTRY = '^src/[^/]+/index\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-feature-cycles',
      comment:
        'Two features that import each other are one feature in two folders: neither can be understood, ' +
        'tested or wired alone (and Nest needs forwardRef to boot them). Move the shared piece down to the ' +
        'feature both use, or invert the dependency with a port the lower feature owns.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/[^/]+$' },
      to: { path: '^src/[^/]+$', circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'An import cycle between files makes Nest and ESM see a class before it is defined.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'kernel-imports-no-feature',
      comment: 'common/ and config/ sit under every feature; an import of a feature turns that upside down.',
      severity: 'error',
      from: { path: KERNEL },
      to: { path: '^src/', pathNot: KERNEL },
    },
    {
      name: 'config-imports-nothing-above-it',
      comment: 'config/ validates the environment before anything else exists; it depends on no other src/ code.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: '^src/', pathNot: '^src/config/' },
    },
    {
      name: 'nothing-imports-the-composition-roots',
      comment:
        'The app module, main, bootstrap and the CLIs assemble features; a feature importing them is a cycle in waiting.',
      severity: 'error',
      from: { path: '^src/', pathNot: ROOTS },
      to: { path: ROOTS },
    },
    {
      name: 'feature-through-public-entry',
      comment:
        "A feature's files are private to it; others import `src/<feature>/index.ts` (see the head of this file).",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', KERNEL, ROOTS, PUBLIC_ENTRY] },
    },
    {
      name: 'public-entry-exports-no-repository',
      comment:
        'A repository is how a feature keeps its data (its encryption, its scopes, its indexes): other features ask ' +
        'a service or a port of the owner for what they need (DESIGN.md), so a public entry never re-exports one.',
      severity: 'error',
      from: { path: PUBLIC_ENTRY },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'http-types-stay-in-the-http-layer',
      comment:
        'Controllers map HTTP to service calls (DESIGN.md): a service takes what it needs of a request (a DTO, a ' +
        "MultipartBody, an OpenEventStream), never Fastify's request or reply. Fastify is for the kernel, the " +
        'composition roots, controllers, guards, hooks, route options and the event-stream writer.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [KERNEL, ROOTS, '\\.(controller|guard|hook|spec)\\.ts$', '-route(-options)?\\.ts$', '/sse/'],
      },
      to: { path: '^node_modules/fastify/' },
    },
    {
      name: 'root-through-public-entry',
      comment: 'The app module and main use features through their public entries too, like any other code.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/', pathNot: [KERNEL, ROOTS, PUBLIC_ENTRY] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve fails at run time, where the type checker cannot see (dynamic import).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-undeclared-dependencies',
      comment: 'A package the code imports must be in package.json, or a fresh install will not have it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'production-code-imports-no-test-helper',
      comment:
        "A feature's testing/ folders hold what its specs and the integration tests share (fakes, fixtures, the " +
        'shipped index built once per spec file): they may use Jest and the evaluation scripts, so nothing the ' +
        'app runs imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'production-code-uses-no-dev-dependency',
      comment:
        'The production image installs dependencies only. The embedded MongoDB (a development package) is ' +
        'the one exception: it is loaded by a dynamic import() that production never reaches. Specs and the ' +
        'testing/ helpers run under Jest only (the rule above keeps them out of what the app imports).',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only', 'dynamic-import'],
        pathNot: 'node_modules/@types/',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules stays in the graph, one step deep (doNotFollow): excluding it dropped every package
    // import, and the rules about packages (declared, dev-only, Fastify types) then saw nothing.
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
