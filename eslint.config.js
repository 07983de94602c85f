import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins belong in src/main.' };
const electron = {
  name: 'electron',
  message: 'Only the Electron shell (src/main/electron) imports electron.',
};
const sqlite = { name: 'better-sqlite3', message: 'The database is reached through the core in src/main.' };
const sharedPaths = [electron, sqlite, { name: 'react', message: 'src/shared is pure TypeScript.' }];
const sharedPatterns = [
  nodeBuiltins,
  { group: ['**/main/**', '**/renderer/**'], message: 'src/shared imports nothing above it.' },
];
/** The window parses and runs zod as it opens if any value of the schemas reaches it: only their types may. */
const schemaValues = (domain) => ({
  group: [`${domain}/*`, `!${domain}/constants`, '@shared/contract', '@shared/planFile', 'zod'],
  allowTypeImports: true,
  message:
    'Code the window runs takes only types from the zod schemas; fixed choices live in domain/constants.',
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'screenshots/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: sharedPaths, patterns: sharedPatterns }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    // The shared code the renderer imports.
    files: ['src/shared/calc/**/*.ts', 'src/shared/{dates,keys,marks,print,quickCapture}.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: sharedPaths, patterns: [...sharedPatterns, schemaValues('**/domain')] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, sqlite],
          patterns: [
            nodeBuiltins,
            { group: ['**/main/**'], message: 'The renderer talks to main only through window.api.' },
            schemaValues('@shared/domain'),
          ],
        },
      ],
    },
  },
  {
    // Component tests run in Node: they may write the fixture files that a file dialog would pick.
    files: ['test/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, sqlite],
          patterns: [
            { group: ['**/main/**'], message: 'Component tests reach the core through test/helpers.' },
          ],
        },
      ],
    },
  },
  {
    // Tests index into fixtures they have just built; `!` there states what the test set up.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron] }] },
  },
);
