import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // Features stay independent: shared code flows lib/data/store -> features -> app.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'A feature must not import another feature.' },
            { regex: '(^|/)app/', message: 'Features must not import from app/.' },
          ],
        },
      ],
    },
  },
);
