// Lint, and the layer rule that keeps the arrows of ../shared/ARCHITECTURE.md pointing one
// way: renderer -> shared; electron -> hosts -> api -> core|interchange|sync -> db -> shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** An import whose path reaches into a folder, relative or not. */
const into = (folder) => `(^|/)${folder}(/|$)`;
/** An import of a sibling folder of main/ (../api, ../../api), not shared/api. */
const mainFolder = (folder) => `^(\\.\\./)+${folder}(/|$)`;

const layer = (files, forbidden, options = {}) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map(([regex, message]) => ({ regex, message, allowTypeImports: options.allowTypeImports ?? false })),
      },
    ],
  },
});

const NODE = ['^node:', 'shared/ and the renderer stay free of Node built-ins.'];
const ELECTRON = ['^electron$', 'Only main/electron imports electron (hosts may import its types).'];
const REACT = ['^react', 'React belongs to the renderer.'];
const SQLITE = ['^better-sqlite3$', 'Only the main process opens the database.'];
const MAIN = [into('main'), 'The renderer and shared/ never import main/.'];
const RENDERER = [into('renderer'), 'Nothing imports the renderer.'];
const HOSTS = [mainFolder('hosts'), 'Only main/electron and entry points use the hosts.'];
const API = [mainFolder('api'), 'Services do not call back up into the API layer.'];
const ELECTRON_FOLDER = [mainFolder('electron'), 'main/electron is the top of the house.'];
const CORE = [mainFolder('core'), 'main/db sits below the services.'];
const INTERCHANGE = [mainFolder('interchange'), 'The services do not depend on file formats.'];
const SYNC = [mainFolder('sync'), 'The services do not depend on sync.'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'native/**', 'coverage/**', 'playwright-report/**', 'test-results/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // CommonJS launchers (bin/) load the bundles with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(['shared/**/*.ts'], [NODE, ELECTRON, REACT, SQLITE, MAIN, RENDERER]),
  { ...layer(['renderer/**/*.{ts,tsx}'], [NODE, ELECTRON, SQLITE, MAIN]), ignores: ['renderer/vite.config.ts'] },
  layer(['main/db/**/*.ts'], [ELECTRON, REACT, RENDERER, HOSTS, API, CORE, INTERCHANGE, SYNC, ELECTRON_FOLDER]),
  layer(['main/core/**/*.ts'], [ELECTRON, REACT, RENDERER, HOSTS, API, INTERCHANGE, SYNC, ELECTRON_FOLDER]),
  layer(['main/interchange/**/*.ts', 'main/sync/**/*.ts'], [ELECTRON, REACT, RENDERER, HOSTS, API, ELECTRON_FOLDER]),
  layer(['main/api/**/*.ts'], [ELECTRON, REACT, RENDERER, HOSTS, ELECTRON_FOLDER]),
  layer(['main/hosts/**/*.ts'], [ELECTRON, REACT, RENDERER, ELECTRON_FOLDER], { allowTypeImports: true }),
);
