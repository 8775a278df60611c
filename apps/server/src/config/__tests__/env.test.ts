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
