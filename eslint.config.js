// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Folder boundaries from ARCHITECTURE.md, enforced (excalidraw-style no-restricted-imports). */
const noUi = ['react', 'react-dom', 'react-i18next', 'maplibre-gl', '@deck.gl/*', 'zustand', 'zustand/*'];
const pattern = (groups, message) => ({ patterns: [{ group: groups, message }] });

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-public', 'public', 'test-results', 'coverage', 'bench/out', 'geodata/out', 'dist-e2e', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Feature properties are rendered as text only.' }],
    },
  },
  {
    files: ['src/analysis/**/*.ts', 'src/lib/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pattern([...noUi, '**/state/**', '**/data/**', '**/map/**', '**/panels/**'], 'analysis/ and lib/ are pure: GeoJSON in, results out.')] },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pattern(['react', 'react-dom', '**/state/**', '**/panels/**'], 'data/ never imports React or state.')] },
  },
  {
    files: ['src/map/layers/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pattern(['**/state/**', '**/data/api*'], 'layer builders are pure: no state, no network.')] },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pattern(['**/panels/**', '**/components/**'], 'state/ never imports UI.')] },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pattern(['**/analysis/**', '**/state/**', '**/data/**', '**/map/**', '**/panels/**'], 'components/ are generic UI atoms.')] },
  },
  {
    files: ['geodata/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', pattern([...noUi, '**/src/state/**', '**/src/map/**'], 'geodata/ uses only pure src code.')] },
  },
);
