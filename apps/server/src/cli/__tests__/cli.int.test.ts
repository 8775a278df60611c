import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The built CLIs, as `pnpm import:cbs` and `pnpm admin:create` run them (pnpm test builds first). */
const DIST = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli');

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(DIST, script), ...args], {
    env: { ...inherited, MONITOR_DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('pnpm import:cbs', () => {
  const header = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';
  const write = (name: string, rows: string[]) => {
    const file = path.join(dataDir, name);
    fs.writeFileSync(file, `\ufeff${rows.join('\r\n')}\r\n`);
    return file;
  };

  it('imports a CBS CSV with a progress bar, and reports what changed', () => {
    // real 84849NED figures (1e halfjaar 2025*)
    const file = write('84849NED.csv', [
      header,
      '"Totaal";"Nederland";"1e halfjaar 2025*";"   84935";"   66270"',
      '"Totaal";"Ede";"1e halfjaar 2025*";"     345";"     295"',
    ]);
    const result = run('import-cbs.js', [file, '--table', '84849NED']);
    expect(result.output).toMatch(/importeren\s+\[#+\] 4\/4/);
    expect(result.output).toMatch(/84849NED: 4 cijfers/);
    expect(result.status).toBe(0);
    expect(run('import-cbs.js', [file, '--table', '84849NED']).output).toMatch(/al geïmporteerd/);
  });

  it('lists every problem with line and column, changes nothing and exits 1', () => {
    const file = write('fout.csv', [header, '"Totaal";"Atlantis";"2023*";"      10";"      10"', '"Totaal";"Assen";"2023*";"     abc";"     270"']);
    const result = run('import-cbs.js', [file, '--table', '84849NED']);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/regel 2.*Atlantis/);
    expect(result.output).toMatch(/regel 3, kolom "Gestarte adviezen \(aantal\)"/);
    expect(result.output).toMatch(/niets gewijzigd/);
  });
});

describe('pnpm admin:create', () => {
  it('creates an administrator from the command line', () => {
    const result = run('create-admin.js', ['--email', 'beheer@nji.nl', '--name', 'Beheer NJi'], {
      MONITOR_ADMIN_PASSWORD: 'zeven zwanen zwemmen',
      MONITOR_ADMIN_EMAIL: 'beheer@nji.nl',
    });
    expect(result.output).toMatch(/Beheerder beheer@nji.nl aangemaakt/);
    expect(result.status).toBe(0);
  });

  it('refuses a weak password', () => {
    const result = run('create-admin.js', ['--email', 'zwak@nji.nl'], { MONITOR_ADMIN_PASSWORD: 'kort', MONITOR_ADMIN_EMAIL: 'zwak@nji.nl' });
    expect(result.status).toBe(1);
  });
});
