// Lint rules, including the dependency direction of ARCHITECTURE.md, enforced by the linter:
// domain imports nothing of the repo and no framework; contracts/db may use domain; the web app
// never imports db or the API; an API module reaches another module only through its index.
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'e2e/out/**', 'bench/out/**', 'packages/db/migrations/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/domain/**/*.ts'],
    rules: restrict([
      { group: ['@thidua/*'], message: 'packages/domain is the pure core: it imports nothing from the repo.' },
      { group: ['fastify', 'fastify/*', '@fastify/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'react', 'react-dom', 'zod', 'node:fs', 'node:net', 'node:http'], message: 'No framework, database or I/O in packages/domain.' },
    ]),
  },
  {
    files: ['packages/domain/test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/contracts/**/*.ts', 'packages/i18n/**/*.ts'],
    rules: restrict([{ group: ['@thidua/db', '@thidua/api', '@thidua/web', '@thidua/documents', 'drizzle-orm', 'fastify'], message: 'contracts and i18n are shared with the browser: no server code.' }]),
  },
  {
    files: ['packages/db/**/*.ts', 'packages/documents/**/*.ts'],
    rules: restrict([{ group: ['@thidua/api', '@thidua/web', 'fastify', '@fastify/*'], message: 'Packages do not depend on the apps.' }]),
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: restrict([{ group: ['@thidua/db', '@thidua/api', '**/apps/api/**', 'drizzle-orm', 'pg', '@electric-sql/*'], message: 'The web app talks to the server over HTTP only.' }]),
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: restrict([
      { group: ['drizzle-orm/pglite', 'drizzle-orm/node-postgres', '@electric-sql/*', 'pg'], message: 'Use @thidua/db (openDb) — drivers stay in the db package.' },
    ]),
  },
);
