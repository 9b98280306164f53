/** The JSON Schema of the story format, for editors' autocompletion, derived from schema.ts. */
import * as z from 'zod/mini';
import { storySchema } from './schema';

export function storyJsonSchema(): string {
  const schema = z.toJSONSchema(storySchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Story dataset' }, null, 2)}\n`;
}
