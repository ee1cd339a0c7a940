import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const noHtmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Dataset text is never HTML: build DOM with textContent.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Dataset text is never HTML: build DOM with textContent.',
  },
  { selector: "MemberExpression[property.name='insertAdjacentHTML']", message: 'Dataset text is never HTML.' },
  { selector: "MemberExpression[property.name='setHTML']", message: 'Dataset text is never HTML.' },
  { selector: "MemberExpression[property.name='setHTMLUnsafe']", message: 'Dataset text is never HTML.' },
  {
    selector: "MemberExpression[property.name='setHTMLContent']",
    message: 'Use setDOMContent with nodes built from text.',
  },
  { selector: "MemberExpression[property.name='setText']", message: 'Use setDOMContent with nodes built from text.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Dataset text is never HTML.' },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval: the CSP forbids it.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the CSP forbids it.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench', 'e2e/.screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // App code never turns dataset text into HTML (tests may read HTML to prove it).
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlSinks] },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Layers, lowest first: lib -> data -> store -> ui -> features -> app. Code imports only from its own layer or
    // below; features never import each other; nothing forms an import cycle.
    files: ['src/**/*.{ts,tsx}'],
    // Tests may import anything: a test of the views' agreement reads the synthetic generator, for one.
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Product code never imports a test file (tests may import anything).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '\\.test(\\.tsx?)?$', message: 'Product code must not import a test file.' },
            { regex: '(^|/)e2e/', message: 'Product code must not import the end-to-end tests or their fixtures.' },
          ],
        },
      ],
    },
  },
);

function layerZones() {
  // Browser layers, lowest first: lib -> data -> store -> ui -> features -> app. Beside them, build (the Vite
  // plugins that write the static pages and data files) and cli (scripts) use the layers below features: what
  // they share with a feature lives in lib, data, store or ui.
  const above = {
    lib: ['data', 'store', 'ui', 'features', 'app', 'build', 'cli'],
    data: ['store', 'ui', 'features', 'app', 'build', 'cli'],
    store: ['ui', 'features', 'app', 'build', 'cli'],
    ui: ['features', 'app', 'build', 'cli'],
    features: ['app', 'build', 'cli'],
    app: ['build', 'cli'],
    build: ['features', 'app', 'cli'],
    cli: ['features', 'app'],
  };
  const zones = Object.entries(above).map(([layer, from]) => ({
    target: `./src/${layer}`,
    from: from.map((f) => `./src/${f}`),
    message: `${layer}/ may not import from ${from.join(', ')} (layers: lib -> data -> store -> ui -> features -> app; build and cli use what is below features).`,
  }));
  const features = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const feature of features) {
    zones.push({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'A feature must not import another feature: move what they share to ui/, store/ or lib/.',
    });
  }
  return zones;
}
