import fs from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../schema';

async function main() {
  fs.writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
  console.log(`schema geschreven naar ${SCHEMA_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
