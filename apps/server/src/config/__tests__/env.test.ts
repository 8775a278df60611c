import path from 'node:path';
import { ConfigError, loadConfig } from '../env';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, embeddedDbPort: 0, production: false });
    expect(path.basename(config.dataDir)).toBe('.data');
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/monitor',
      MONITOR_DATA_DIR: '/srv/monitor',
      MONITOR_DB_PORT: '5544',
      NODE_ENV: 'production',
      MONITOR_LOG_SQL: 'true',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db:5432/monitor',
      dataDir: '/srv/monitor',
      embeddedDbPort: 5544,
      production: true,
      logSql: true,
    });
  });

  it('names every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'vierduizend', DATABASE_URL: 'mysql://x', MONITOR_LOG_SQL: 'misschien' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/MONITOR_LOG_SQL/);
  });
});

describe('safe defaults', () => {
  it('listens on loopback with the embedded database or in demo mode, unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/monitor', MONITOR_DEMO: 'true' }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/monitor' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('shows no error internals unless MONITOR_DEBUG_ERRORS is set, whatever NODE_ENV says', () => {
    for (const NODE_ENV of [undefined, 'development', 'test', 'production']) expect(loadConfig({ NODE_ENV }).debugErrors).toBe(false);
    expect(loadConfig({ MONITOR_DEBUG_ERRORS: 'true' }).debugErrors).toBe(true);
    expect(() => loadConfig({ MONITOR_DEBUG_ERRORS: 'soms' })).toThrow(/MONITOR_DEBUG_ERRORS/);
  });

  it('bounds the time and response size of every request', () => {
    expect(loadConfig({}).limits).toMatchObject({ requestTimeoutMs: 30_000, maxResponseBytes: 20 * 1024 * 1024, maxComplexity: 100_000 });
    expect(loadConfig({ MONITOR_REQUEST_TIMEOUT_MS: '5000', MONITOR_MAX_RESPONSE_BYTES: '1048576' }).limits).toMatchObject({
      requestTimeoutMs: 5000,
      maxResponseBytes: 1_048_576,
    });
    expect(() => loadConfig({ MONITOR_REQUEST_TIMEOUT_MS: '0' })).toThrow(/MONITOR_REQUEST_TIMEOUT_MS/);
  });
});
