import type { Config } from '../config/env';
import { EmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  /** where the embedded cluster lives, for the start-up message */
  location: string;
  stop(): Promise<void>;
  /** The embedded PostgreSQL stopped without being asked to; an external server is not watched. */
  onLost(listener: (reason: string) => void): void;
}

export const DATABASE_NAME = 'monitor';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in the data folder. */
export async function startDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, location: 'DATABASE_URL', stop: () => Promise.resolve(), onLost: () => undefined };
  }
  const embedded = await EmbeddedPostgres.start({
    dataDir: config.dataDir,
    port: config.embeddedDbPort,
    database: DATABASE_NAME,
    log,
  });
  return {
    url: embedded.url,
    location: `ingebouwde PostgreSQL in ${embedded.dataDir}`,
    stop: () => embedded.stop(),
    onLost: (listener) => embedded.onUnexpectedExit(listener),
  };
}
