// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers of src/, lowest first: a module may import its own layer and the layers below,
 * never one above (folders on one line are one layer). The shell sits on the views, the views
 * on the widgets (src/ui), and everything on the state and the schema. src/main.tsx, the
 * entry, stands above them all.
 */
const LAYERS = [
  ['schema'],
  ['format'],
  ['i18n'],
  ['state'],
  ['data'],
  ['derive'],
  ['charts', 'download', 'export', 'workshop'],
  ['ui'],
  ['views'],
  ['shell'],
];

/** One override per layer: imports that climb to a layer above fail the lint. */
const layerRules = LAYERS.slice(0, -1).map((own, i) => {
  const above = LAYERS.slice(i + 1).flat();
  return {
    files: own.map((dir) => `src/${dir}/**/*.{ts,tsx}`),
    rules: {
      // import() too: a lazily loaded module climbs the layers just the same.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/^(\\.\\.\\/)+(${above.join('|')})(\\/|$)/]`,
          message: `src/${own.join(', src/')} may not load a module of a layer above it.`,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
              message: `src/${own.join(', src/')} is below ${above.map((d) => `src/${d}`).join(', ')}: import from a lower layer, or move the shared code down (README: Contributing).`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'public/data/',
      'node_modules/',
      'coverage/',
      '.tmp/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...layerRules,
  {
    // The build pipeline shares only the data contract with the app.
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!schema/)',
              message: 'scripts/ may import only src/schema/ (the contract shared with the app).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
