// Lint: typescript-eslint with type information, plus import boundaries that encode the architecture
// (docs/architecture.md): the domain imports nothing, the web never imports the server, and features
// import only ui/, app/, i18n/, gql/ and the domain, never each other.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const features = fs.readdirSync(path.join(root, 'apps/web/src/features'));

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/gql/__generated__/**', 'bench/results/**', '**/*.cjs', 'apps/web/public/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['packages/domain/tsconfig.test.json', 'apps/server/tsconfig.test.json', 'apps/web/tsconfig.json', 'apps/web/tsconfig.e2e.json'],
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '*.ts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    // Tests read GraphQL responses as plain JSON; the type-safety rules guard the product code.
    files: ['**/__tests__/**', '**/*.test.ts', '**/*.test.tsx', 'apps/*/test/**', 'apps/web/e2e/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Small units along natural seams (house rule): product code only, tests may hold long scenarios.
    files: ['apps/server/src/**/*.ts', 'apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx', 'packages/domain/src/**/*.ts'],
    ignores: ['**/__tests__/**', '**/*.test.ts', '**/*.test.tsx', '**/test-support/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^[^.]', message: 'The domain package is pure: it imports nothing but its own modules.' }] },
      ],
    },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^@monitor/server)|(/server/)', message: 'The web application never imports the server; it speaks GraphQL.' }] },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**/*.ts`, `apps/web/src/features/${feature}/**/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^@monitor/server)|(/server/)', message: 'The web application never imports the server; it speaks GraphQL.' },
            {
              regex: `^(\\.\\./)+(features/)?(${features.filter((f) => f !== feature).join('|')})(/|$)`,
              message: 'Features do not import each other: move shared code to ui/ or app/, or to the domain package.',
            },
          ],
        },
      ],
    },
  })),
  {
    // A module owns its tables (docs/architecture.md): SQL and TypeORM query APIs live only in
    // `*.repository.ts` files. Allowed besides: db/ (migrations, data source, embedded PostgreSQL,
    // startup lock: the database itself) and tests (they set up and inspect the real database).
    // Services keep the DataSource for transactions only (docs/decisions/0004-typed-data-layer.md).
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/**/*.repository.ts', 'apps/server/src/db/**', '**/__tests__/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: 'SQL lives in the owning module\u2019s <concept>.repository.ts; call a repository method.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(createQueryBuilder|getRepository)$/]',
          message: 'Table access lives in the owning module\u2019s <concept>.repository.ts; call a repository method.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '(^|/)db/sql$', message: 'The query helpers are for repositories (<concept>.repository.ts) only.' }],
        },
      ],
    },
  },
  {
    // Only the composition roots (the server's main and the command-line tools) create the data source;
    // everything else receives it.
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      'apps/server/src/**/*.repository.ts',
      'apps/server/src/db/**',
      '**/__tests__/**',
      '**/*.test.ts',
      'apps/server/src/main.ts',
      'apps/server/src/cli/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)db/sql$', message: 'The query helpers are for repositories (<concept>.repository.ts) only.' },
            {
              regex: '(^|/)db/data-source$',
              importNames: ['createDataSource', 'entities'],
              message: 'Only main.ts and the command-line tools create the data source.',
            },
          ],
        },
      ],
    },
  },
);
