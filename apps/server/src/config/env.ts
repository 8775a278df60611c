import path from 'node:path';

/** Every setting the server reads, typed. This is the only module that reads process.env. */
export interface Config {
  /** HTTP port for SPA, GraphQL, playground and health */
  port: number;
  /** address to listen on; loopback by default with the embedded database or in demo mode */
  host: string;
  /** external PostgreSQL; when absent an embedded PostgreSQL is started */
  databaseUrl: string | undefined;
  /** folder for the embedded PostgreSQL data (and its generated password) */
  dataDir: string;
  /** port for the embedded PostgreSQL; 0 picks a free port */
  embeddedDbPort: number;
  /** built SPA (vite output) */
  webDistDir: string;
  /** the SPA's server-side build of the landing map's markup (`vite build --ssr`, next to webDistDir) */
  landingMarkupFile: string;
  /** NODE_ENV=production; has no influence on what error responses show (see debugErrors) */
  production: boolean;
  /** MONITOR_DEBUG_ERRORS: internal error messages and stack traces in responses (development only) */
  debugErrors: boolean;
  logSql: boolean;
  /** demo accounts and demo content; default on with the embedded database, off with DATABASE_URL */
  demo: boolean;
  /** first administrator, created at start-up when no active admin exists */
  initialAdmin: { email: string; password: string } | undefined;
  session: {
    idleMinutes: number;
    maxHours: number;
    /** 'auto': Secure cookies except for requests to localhost */
    secureCookie: 'auto' | boolean;
  };
  /** base URL used in e-mails (password reset links) */
  publicUrl: string;
  mail: { smtpUrl: string | undefined; from: string };
  /** use X-Forwarded-For (behind a reverse proxy) to find the client address */
  trustProxy: boolean;
  /** benchmark aggregates need at least this many municipalities (never below 3) */
  benchmarkMinimumGroupSize: number;
  /** every hidden Veilig Thuis cell must keep an attacker's interval at least this wide (default: the rounding base, 5) */
  disclosureProtectionLevel: number;
  limits: {
    maxDepth: number;
    maxComplexity: number;
    maxAliases: number;
    maxBatch: number;
    requestsPerMinutePerClient: number;
    requestsPerMinutePerToken: number;
    /** time budget of one request; also PostgreSQL's statement_timeout */
    requestTimeoutMs: number;
    /** largest GraphQL response body */
    maxResponseBytes: number;
  };
  /** answers of anonymous queries over public data, kept until the data changes (0 bytes: off) */
  responseCache: { maxBytes: number; ttlMs: number };
  /** answers of signed-in read-only queries, per session, kept until any data they may depend on changes (0 bytes: off) */
  viewerCache: { maxBytes: number; ttlMs: number };
  /** headless Chromium that prints factsheets and reports to PDF (MONITOR_CHROMIUM_PATH); checked when a PDF is asked for */
  chromiumPath: string;
  /** questions, answers and reports one participant may post per hour */
  forum: { postsPerHour: number };
  /** research exports: most rows in one export (EXPORT_TOO_LARGE above it); rows read from PostgreSQL and written per batch */
  researchExport: { maxRows: number; batchRows: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

const SERVER_ROOT = path.resolve(__dirname, '..', '..');
const REPOSITORY_ROOT = path.resolve(SERVER_ROOT, '..', '..');

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} moet een geheel getal tussen ${min} en ${max} zijn (nu: "${raw}")`);
      return fallback;
    }
    return value;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} moet true of false zijn (nu: "${env[name]}")`);
    return fallback;
  };

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL moet beginnen met postgres:// of postgresql://');
  }

  const port = int('PORT', 4000, 0, 65535);
  const adminEmail = env.MONITOR_ADMIN_EMAIL || undefined;
  const adminPassword = env.MONITOR_ADMIN_PASSWORD || undefined;
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    problems.push('MONITOR_ADMIN_EMAIL en MONITOR_ADMIN_PASSWORD horen samen: geef beide of geen van beide');
  }
  if (adminEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail)) {
    problems.push(`MONITOR_ADMIN_EMAIL is geen e-mailadres (nu: "${adminEmail}")`);
  }
  if (adminPassword !== undefined && adminPassword.length < 12) {
    problems.push('MONITOR_ADMIN_PASSWORD moet minstens 12 tekens hebben');
  }
  const secureCookieRaw = (env.MONITOR_COOKIE_SECURE ?? 'auto').toLowerCase();
  const secureCookie = secureCookieRaw === 'auto' ? 'auto' : bool('MONITOR_COOKIE_SECURE', true);
  const smtpUrl = env.MONITOR_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('MONITOR_SMTP_URL moet beginnen met smtp:// of smtps://');

  const demo = bool('MONITOR_DEMO', databaseUrl === undefined);
  const config: Config = {
    port,
    // the embedded (demo) start is for one machine: reachable from elsewhere only when HOST says so
    host: env.HOST || (databaseUrl === undefined || demo ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl,
    dataDir: path.resolve(env.MONITOR_DATA_DIR || path.join(REPOSITORY_ROOT, '.data')),
    embeddedDbPort: int('MONITOR_DB_PORT', 0, 0, 65535),
    ...webFilesFrom(env),
    production: env.NODE_ENV === 'production',
    debugErrors: bool('MONITOR_DEBUG_ERRORS', false),
    logSql: bool('MONITOR_LOG_SQL', false),
    demo,
    initialAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    session: {
      idleMinutes: int('MONITOR_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      maxHours: int('MONITOR_SESSION_MAX_HOURS', 12, 1, 24 * 30),
      secureCookie,
    },
    publicUrl: (env.MONITOR_PUBLIC_URL || `http://localhost:${port || 4000}`).replace(/\/$/, ''),
    mail: { smtpUrl, from: env.MONITOR_MAIL_FROM || 'Monitor Aanpak Kindermishandeling <monitor@localhost>' },
    trustProxy: bool('MONITOR_TRUST_PROXY', false),
    benchmarkMinimumGroupSize: int('MONITOR_BENCHMARK_MIN_GROUP', 5, 3, 1000),
    disclosureProtectionLevel: int('MONITOR_DISCLOSURE_PROTECTION_LEVEL', 5, 1, 1000),
    limits: limitsFrom(int),
    responseCache: {
      maxBytes: int('MONITOR_RESPONSE_CACHE_MB', 64, 0, 4096) * 1024 * 1024,
      // also bounds how long an answer that depends on the date (an open questionnaire) can lag
      ttlMs: int('MONITOR_RESPONSE_CACHE_SECONDS', 60, 1, 24 * 3600) * 1000,
    },
    viewerCache: viewerCacheFrom(int),
    chromiumPath: env.MONITOR_CHROMIUM_PATH || '/usr/bin/chromium',
    forum: { postsPerHour: int('MONITOR_FORUM_POSTS_PER_HOUR', 30, 1, 10_000) },
    researchExport: {
      maxRows: int('MONITOR_RESEARCH_EXPORT_MAX_ROWS', 2_000_000, 1, 100_000_000),
      // the memory of a running export is bounded by one batch (and, for XLSX and Parquet, its encoded form)
      batchRows: int('MONITOR_RESEARCH_EXPORT_BATCH_ROWS', 5000, 10, 100_000),
    },
  };

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The SPA's build and, next to it, its server-side build of the landing map (`vite build --ssr`). */
function webFilesFrom(env: Env): Pick<Config, 'webDistDir' | 'landingMarkupFile'> {
  const webDistDir = path.resolve(env.MONITOR_WEB_DIST || path.join(REPOSITORY_ROOT, 'apps', 'web', 'dist'));
  return { webDistDir, landingMarkupFile: path.join(webDistDir, '..', 'dist-ssr', 'landing-markup.cjs') };
}

type ReadInt = (name: string, fallback: number, min: number, max: number) => number;

function viewerCacheFrom(int: ReadInt): Config['viewerCache'] {
  return {
    maxBytes: int('MONITOR_VIEWER_CACHE_MB', 32, 0, 4096) * 1024 * 1024,
    // bounds how long an answer that depends on the clock (a deadline, "new since") can lag
    ttlMs: int('MONITOR_VIEWER_CACHE_SECONDS', 30, 1, 3600) * 1000,
  };
}

function limitsFrom(int: ReadInt): Config['limits'] {
  return {
    // 15: GraphiQL's standard introspection query is 15 levels deep
    maxDepth: int('MONITOR_MAX_QUERY_DEPTH', 15, 2, 100),
    // with every list priced at its declared maximum (graphql/limits/list-bounds.ts), the largest
    // screens of the web app cost up to about 82,000 (sharing agreements with their members)
    maxComplexity: int('MONITOR_MAX_QUERY_COMPLEXITY', 100_000, 10, 10_000_000),
    maxAliases: int('MONITOR_MAX_ALIASES', 30, 0, 1000),
    maxBatch: int('MONITOR_MAX_BATCH', 5, 1, 100),
    requestsPerMinutePerClient: int('MONITOR_RATE_LIMIT_PER_CLIENT', 300, 1, 1_000_000),
    requestsPerMinutePerToken: int('MONITOR_RATE_LIMIT_PER_TOKEN', 600, 1, 1_000_000),
    requestTimeoutMs: int('MONITOR_REQUEST_TIMEOUT_MS', 30_000, 100, 10 * 60_000),
    maxResponseBytes: int('MONITOR_MAX_RESPONSE_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  };
}
