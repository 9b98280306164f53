/** Writes data/story.schema.json from the zod definition: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from '../src/model/json-schema';

const target = new URL('../data/story.schema.json', import.meta.url);
writeFileSync(target, storyJsonSchema());
console.log(`wrote ${target.pathname}`);
