/** Writes public/schema/plan.schema.json from the zod schema: `npx tsx scripts/planJsonSchema.ts`. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planJsonSchema } from '../src/plans/jsonSchema';

writeFileSync(resolve(import.meta.dirname, '../public/schema/plan.schema.json'), `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log('wrote public/schema/plan.schema.json');
