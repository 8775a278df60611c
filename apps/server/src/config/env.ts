import path from 'node:path';

/** Every setting the server reads, typed. This is the only module that reads process.env. */
export interface Config {
  /** HTTP port for SPA, GraphQL, playground and health */
  port: number;
  /** address to listen on */
  host: string;
  /** external PostgreSQL; when absent an embedded PostgreSQL is started */
  databaseUrl: string | undefined;
  /** folder for the embedded PostgreSQL data (and its generated password) */
  dataDir: string;
  /** port for the embedded PostgreSQL; 0 picks a free port */
  embeddedDbPort: number;
  /** built SPA (vite output) */
  webDistDir: string;
  production: boolean;
  logSql: boolean;
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

  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.MONITOR_DATA_DIR || path.join(REPOSITORY_ROOT, '.data')),
    embeddedDbPort: int('MONITOR_DB_PORT', 0, 0, 65535),
    webDistDir: path.resolve(env.MONITOR_WEB_DIST || path.join(REPOSITORY_ROOT, 'apps', 'web', 'dist')),
    production: env.NODE_ENV === 'production',
    logSql: bool('MONITOR_LOG_SQL', false),
  };

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
