// @ts-check
/**
 * Lint = the architecture's boundaries (issue 18), not style:
 * - a module (a folder of src/) is entered only through its index.ts; its *.module.ts is the one
 *   other public file, for Nest's wiring (`imports: [XModule]`), kept out of the barrels so that
 *   barrels never load module graphs in a cycle;
 * - the domain (src/domain) and the locale (src/locale) are pure: no framework, no other layer;
 * - the shared layer (common, config, database, locale) never depends on a feature module;
 * - the console's browser scripts are checked by TypeScript (`npm run lint` runs tsc on them).
 */
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const SHARED = ['common', 'config', 'database'];

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { ignores: ['dist/**', 'node_modules/**', 'tmp/**', 'coverage/**', 'src/console/assets/**'] },
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain/*', mode: 'folder', capture: ['name'] },
        { type: 'locale', pattern: 'src/locale', mode: 'folder' },
        ...SHARED.map((name) => ({ type: 'shared', pattern: `src/${name}`, mode: 'folder' })),
        { type: 'app', pattern: 'src/*.ts', mode: 'file' },
        { type: 'module', pattern: 'src/*', mode: 'folder', capture: ['name'] },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/element-types': [
        'error',
        {
          default: 'allow',
          rules: [
            { from: 'domain', disallow: ['module', 'shared', 'app'], message: 'The domain is pure: it imports only the domain and the locale' },
            { from: 'locale', disallow: ['domain', 'module', 'shared', 'app'], message: 'The locale imports nothing of the service' },
            { from: 'shared', disallow: ['module', 'app'], message: 'The shared layer never depends on a feature module' },
            { from: 'module', disallow: ['app'] },
          ],
        },
      ],
      'boundaries/entry-point': [
        'error',
        {
          default: 'disallow',
          message: 'Import another module through its index.ts (or its *.module.ts for Nest wiring), never its inner files',
          rules: [
            { target: ['module'], allow: ['index.ts', '*.module.ts'] },
            { target: ['domain'], allow: 'index.ts' },
            { target: ['locale'], allow: 'index.ts' },
            { target: ['shared', 'app'], allow: '**' },
          ],
        },
      ],
      'boundaries/external': [
        'error',
        {
          default: 'allow',
          rules: [{ from: ['domain', 'locale'], disallow: ['**'], message: 'The domain and the locale use no package: no framework, no ORM' }],
        },
      ],
    },
  },
);
