/**
 * The story format, defined once. TypeScript types and data/story.schema.json are derived
 * from these definitions; data/README.md documents them for people writing their own story.
 *
 * Structural rules live here; rules that need the whole story (references between items,
 * real calendar dates, an end before its start) live in validate.ts, so that every problem
 * can be reported with its place and a suggested fix.
 */
// zod/mini: the same definitions at a fifth of the bundle size (the app validates on load).
import * as z from 'zod/mini';

const SCHEMA_VERSION = 1;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Reduced-precision ISO 8601: a year, a year and month, or a full day. */
export const ISO_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const MAX_QUOTE_LENGTH = 300;

const slug = z
  .string()
  .check(
    z.regex(SLUG_PATTERN, 'must be a kebab-case id such as "kilmar-abrego-garcia"'),
    z.describe('A readable kebab-case id; it appears in links that readers share.'),
  );

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const isoDate = z
  .string()
  .check(
    z.regex(ISO_DATE_PATTERN, 'must be an ISO date of the form 1798, 2025-03 or 2025-04-14'),
    z.describe('An ISO 8601 date of reduced precision: "1798", "2025-03" or "2025-04-14".'),
  );

/** A described copy of a schema, for the JSON Schema that editors read. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description)) as T;
}

const citationSchema = described(
  z.strictObject({
    source: described(slug, 'The id of an entry in `sources`.'),
    quote: z.optional(
      described(
        z
          .string()
          .check(z.maxLength(MAX_QUOTE_LENGTH, `must be at most ${MAX_QUOTE_LENGTH} characters`)),
        'A verbatim excerpt of the source.',
      ),
    ),
    note: z.optional(
      described(z.string(), 'What the reference says, for a reference that is not quoted.'),
    ),
  }),
  'A citation: `{ source, quote }` for a quoted source, `{ source, note }` otherwise.',
);

const citations = described(
  z.array(citationSchema).check(z.minLength(1, 'needs at least one citation')),
  'Where this comes from; at least one citation.',
);

const CLAIM_STATUSES = ['asserted', 'alleged', 'disputed', 'denied', 'admitted'] as const;

const claimSchema = described(
  z.strictObject({
    by: z.array(slug).check(z.minLength(1, 'needs at least one entity who makes the claim')),
    disputedBy: z.optional(z.array(slug)),
    status: z.enum(CLAIM_STATUSES),
    note: text,
  }),
  'A contested point: who asserts it (`by`), who disputes it (`disputedBy`), and its status: ' +
    'asserted (one side says so), alleged (an accusation not proven), disputed (denied by the ' +
    'other side), denied, or admitted (conceded by the side it harms).',
);

const DATE_BASES = ['stated', 'inferred', 'reference'] as const;

const storyDateSchema = described(
  z.strictObject({
    start: isoDate,
    end: z.optional(described(isoDate, 'For a span: the last year, month or day it covers.')),
    approximate: z.optional(described(z.boolean(), 'True when the date is not certain.')),
    basis: described(
      z.enum(DATE_BASES),
      'stated: the source gives the date; inferred: derived from its wording (say how in ' +
        '`note`); reference: from a public reference cited in `sources`.',
    ),
    note: z.optional(z.string()),
  }),
  'When something happened, as precisely as the sources allow.',
);

export const ENTITY_KINDS = [
  'person',
  'organization',
  'government-body',
  'country',
  'place',
  'facility',
  'law',
  'group',
] as const;

const sourceSchema = z.strictObject({
  id: slug,
  publisher: z.optional(described(z.string(), 'Only if the source names it.')),
  title: text,
  published: z.optional(isoDate),
  dateline: z.optional(z.string()),
  url: z.optional(z.string()),
  kind: described(
    z.enum(['report', 'reference']),
    'report: a primary news report; reference: a public reference used for context.',
  ),
  description: text,
});

const categorySchema = z.strictObject({
  id: slug,
  label: text,
  description: z.optional(z.string()),
});

const entitySchema = z.strictObject({
  id: slug,
  name: text,
  shortName: z.optional(
    described(
      text.check(z.maxLength(30)),
      'The name on the graph, as the reports give it on second mention ("Bukele"); `name` if absent.',
    ),
  ),
  kind: z.enum(ENTITY_KINDS),
  role: z.optional(z.string()),
  description: text,
  sources: citations,
});

const eventSchema = z.strictObject({
  id: slug,
  title: text,
  date: storyDateSchema,
  summary: text,
  entities: z.array(z.strictObject({ id: slug, role: z.optional(z.string()) })),
  category: described(slug, 'The id of an entry in `categories`.'),
  sources: citations,
  claim: z.optional(claimSchema),
  note: z.optional(
    described(z.string(), 'For readers: where sources differ, or what the event leaves out.'),
  ),
});

const relationSchema = z.strictObject({
  id: slug,
  from: slug,
  to: slug,
  kind: slug,
  label: described(text, 'Reads as a sentence between the two names: "deported", "pays".'),
  start: z.optional(described(isoDate, 'When the relation began to hold, if known.')),
  end: z.optional(described(isoDate, 'When it stopped holding, if it did.')),
  events: z.optional(described(z.array(slug), 'Events that made or show this relation.')),
  sources: citations,
  claim: z.optional(claimSchema),
  note: z.optional(z.string()),
});

export const storySchema = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: slug,
    title: text,
    summary: text,
    language: z
      .string()
      .check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag like "en"')),
    asOf: described(isoDate, 'The date the story is told as of; later developments are not in it.'),
    sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
    categories: z.array(categorySchema).check(z.minLength(1, 'needs at least one category')),
    entities: z.array(entitySchema),
    events: z.array(eventSchema),
    relations: z.array(relationSchema),
  }),
  'One story: its sources, entities, events and the relations between entities.',
);

export type Story = z.infer<typeof storySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Entity = z.infer<typeof entitySchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type StoryDate = z.infer<typeof storyDateSchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
