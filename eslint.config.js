// ESLint flat config: typescript-eslint's recommended rules over the TypeScript of the app, its
// tests, the workspace packages and the plain-JavaScript scripts. Formatting is Prettier's job
// (`.prettierrc`); import boundaries are dependency-cruiser's (`.dependency-cruiser.cjs`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'packages/*/dist/', 'node_modules/', 'coverage/', 'bench/.tmp/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured field left out, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Nest's injection tokens and DTOs are classes; an empty one is a marker, not a mistake.
      '@typescript-eslint/no-extraneous-class': 'off',
      // Sanitizers, the wire server's name checks and the terminal-colour tests match control
      // characters on purpose; that is what this rule forbids.
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A timer read by a closure declared before it is set is a `let` assigned once, on purpose.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Node's globals in the plain-JavaScript scripts are not worth a dependency on a list of them:
    // the TypeScript files are checked by the compiler, and an unknown name in a script fails its run.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Operator CLIs, benchmarks and build scripts talk to a terminal.
    files: ['src/cli/**', 'bench/**', 'scripts/**', '.ci/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Integration tests read JSON bodies and poke at loosely shaped driver results; typing each
    // one would describe the API a second time without checking anything the assertions do not.
    files: ['test/**', 'packages/*/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
