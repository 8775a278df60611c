// PostGraphile 5 (Amber preset) over the same tables, for the operations it can express.
// Usage: node bench/postgraphile-server.mjs <port> (connection settings in BENCH_PG as JSON)
import './lib/node22-polyfills.mjs';
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const { host, port, user, password, database } = JSON.parse(process.env.BENCH_PG);
const connectionString = `postgresql://${user}:${encodeURIComponent(password)}@${host}:${port}/${database}`;
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafast: { explain: false },
  grafserv: { graphiql: false, watch: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log(`postgraphile listening on ${server.address().port}`));
