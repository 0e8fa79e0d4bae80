// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The design's import directions, enforced: app → components → lib, and a pure core (the wizard
 * engine, diagnose, the search query code) that runs the same in the browser, on the server and in a
 * CLI, so it may not reach for React, Next, the file system or the site's components.
 */
const reactOrNext = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'Pure lib code runs outside React: move UI to components/.' },
  { group: ['next', 'next/*'], message: 'Pure lib code runs outside Next: keep framework calls in app/ or a *.server.ts module.' },
];
const fileSystem = ['fs', 'fs/*', 'node:fs', 'node:fs/*'].map((name) => ({
  name,
  message: 'Pure lib code does no I/O: let a *.server.ts module or a script read files and pass the data in.',
}));
const uiLayers = [
  { group: ['@/components', '@/components/*', '**/components/*'], message: 'lib/ is below components/: pass data in, do not import UI.' },
  { group: ['@/app', '@/app/*', '**/app/*'], message: 'lib/ is below app/: routes import lib, never the other way.' },
];
// The search index is built from validated content; content handing its models on must not know the index.
const searchLayer = [
  { group: ['@/lib/search', '@/lib/search/*', '**/lib/search/*', '../search', '../search/*'], message: 'The search index reads content, never back: put shared types in lib/content.' },
];
const appLayer = [{ group: ['@/app', '@/app/*', '**/app/*'], message: 'components/ is below app/: move what both need to lib/ or components/.' }];

export default tseslint.config(
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'public/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      // The site links with plain <a> on purpose: Next's <Link> fetched and parsed each linked page's
      // payload on every view, which cost page weight and the step timings of bench:site.
      '@next/next/no-html-link-for-pages': 'off',
      // The classic hooks rules; the React Compiler's rules (purity, set-state-in-effect…) judge code
      // written for a compiler this site does not run.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Sanitisers and terminal-output parsers match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: uiLayers }] },
  },
  {
    files: ['lib/content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiLayers, ...searchLayer] }] },
  },
  {
    files: ['lib/wizard/**', 'lib/diagnose/**', 'lib/search/**'],
    ignores: ['**/*.server.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: fileSystem, patterns: [...uiLayers, ...reactOrNext] }] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: appLayer }] },
  },
);
