import 'reflect-metadata';
import { passwordProblem } from '@monitor/domain';
import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig } from '../config/env';
import { createServices } from '../context';
import { withDatabase } from './cli-database';

/**
 * Creates an administrator: `pnpm admin:create -- --email beheer@nji.nl --name "Naam"`.
 * The password is asked for (or taken from MONITOR_ADMIN_PASSWORD). Uses the same database as
 * `pnpm start` (DATABASE_URL or the embedded one); stop the monitor first when it is embedded.
 */
async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2).filter((a) => a !== '--');
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);
  const email = args.get('email');
  if (!email) throw new Error('Gebruik: pnpm admin:create -- --email <e-mailadres> [--name "Naam"]');

  const config = loadConfig();
  const password = config.initialAdmin?.password ?? (await ask('Wachtwoord (minstens 12 tekens): '));
  const problem = passwordProblem(password, { email });
  if (problem) throw new Error(problem);

  const outcome = await withDatabase(config, (dataSource) =>
    createServices(dataSource, config).users.createAdmin(email, password, args.get('name') ?? 'Beheerder'),
  );
  console.log(outcome === 'created' ? `Beheerder ${email} aangemaakt.` : `${email} is nu beheerder (wachtwoord opnieuw ingesteld).`);
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Mislukt: ${(error as Error).message}`);
  process.exit(1);
});
