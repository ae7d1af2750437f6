// Rewrites schemas/charterlintrc.schema.json from the rule registry: `npx tsx server/src/config/write-schema.ts`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildConfigSchema } from './schema';

const target = path.join(__dirname, '..', '..', '..', 'schemas', 'charterlintrc.schema.json');
writeFileSync(target, `${JSON.stringify(buildConfigSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
