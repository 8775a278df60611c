import type { Config } from 'jest';

// One root config; each workspace is a jest project. Transforms use swc, which (unlike esbuild)
// emits the decorator metadata TypeGraphQL and TypeORM read at run time.
const swcNode = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const swcReact = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// nivo's CommonJS build requires ESM-only d3 modules, and the NL Design System React packages ship
// only ESM; let swc transform them (pnpm nests them in .pnpm/, where a scope's "/" becomes "+").
const esmPackages = ['d3-[^/]+', 'internmap', 'delaunator', 'robust-predicates', '@utrecht[+/]', '@nl-design-system-candidate[+/]'].join('|');

// sanitize-html's HTML parser (htmlparser2 and its helpers) and markdown-it's entities ship only ESM,
// which Node loads through require() but jest does not: let swc transform them for the server tests.
const serverEsmPackages = [
  'hyparquet-writer',
  'hyparquet',
  'htmlparser2',
  'domhandler',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'entities',
].join('|');

const domainFromSource = { '^@monitor/domain$': '<rootDir>/../../packages/domain/src/index.ts' };

const config: Config = {
  // Jest reads testTimeout only here, not inside a project. Integration tests hash passwords, use a
  // real database and drive a browser: generous, so a busy 2-core machine never fails a test.
  testTimeout: 300_000,
  projects: [
    {
      displayName: 'domain',
      rootDir: '<rootDir>/packages/domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swcNode as never },
    },
    {
      displayName: 'server',
      rootDir: '<rootDir>/apps/server',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swcNode as never, '^.+\\.m?js$': swcNode as never },
      transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${serverEsmPackages})[@/])`],
      moduleNameMapper: domainFromSource,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'web',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
      transform: {
        '^.+\\.(t|j)sx?$': swcReact as never,
        '^.+\\.m?js$': swcReact as never,
      },
      transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${esmPackages}))`],
      moduleNameMapper: {
        ...domainFromSource,
        '\\.(css)$': '<rootDir>/test/style-mock.cjs',
        // These packages export only an "import" condition, which jest's require() resolution skips.
        '^@nl-design-system-candidate/([a-z-]+)-react$': '<rootDir>/node_modules/@nl-design-system-candidate/$1-react/dist/$1.js',
        '^@utrecht/([a-z-]+)-react$': '<rootDir>/node_modules/@utrecht/$1-react/dist/index.mjs',
      },
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
    },
    {
      displayName: 'e2e',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      transform: { '^.+\\.tsx?$': swcNode as never },
      globalSetup: '<rootDir>/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/global-teardown.ts',
    },
  ],
};

export default config;
