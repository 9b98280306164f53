/**
 * The story format, defined once. TypeScript types and data/story.schema.json are derived
 * from these definitions; data/README.md documents them for people writing their own story.
 *
 * Structural rules live here; rules that need the whole story (references between items,
 * real calendar dates, an end before its start) live in validate.ts, so that every problem
 * can be reported with its place and a suggested fix.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Reduced-precision ISO 8601: a year, a year and month, or a full day. */
export const ISO_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const MAX_QUOTE_LENGTH = 300;

const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a kebab-case id such as "kilmar-abrego-garcia"')
  .describe('A readable kebab-case id; it appears in links that readers share.');

const text = z.string().trim().min(1, 'must not be empty');

export const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be an ISO date of the form 1798, 2025-03 or 2025-04-14')
  .describe('An ISO 8601 date of reduced precision: "1798", "2025-03" or "2025-04-14".');

export const citationSchema = z
  .strictObject({
    source: slug.describe('The id of an entry in `sources`.'),
    quote: z
      .string()
      .max(MAX_QUOTE_LENGTH, `must be at most ${MAX_QUOTE_LENGTH} characters`)
      .optional()
      .describe('A verbatim excerpt of the source.'),
    note: z
      .string()
      .optional()
      .describe('What the reference says, for a reference that is not quoted.'),
  })
  .describe('A citation: `{ source, quote }` for a quoted source, `{ source, note }` otherwise.');

const citations = z
  .array(citationSchema)
  .min(1, 'needs at least one citation')
  .describe('Where this comes from; at least one citation.');

export const CLAIM_STATUSES = ['asserted', 'alleged', 'disputed', 'denied', 'admitted'] as const;

export const claimSchema = z
  .strictObject({
    by: z.array(slug).min(1, 'needs at least one entity who makes the claim'),
    disputedBy: z.array(slug).optional(),
    status: z.enum(CLAIM_STATUSES),
    note: text,
  })
  .describe(
    'A contested point: who asserts it (`by`), who disputes it (`disputedBy`), and its status: ' +
      'asserted (one side says so), alleged (an accusation not proven), disputed (denied by the ' +
      'other side), denied, or admitted (conceded by the side it harms).',
  );

export const DATE_BASES = ['stated', 'inferred', 'reference'] as const;

export const storyDateSchema = z
  .strictObject({
    start: isoDate,
    end: isoDate.optional().describe('For a span: the last year, month or day it covers.'),
    approximate: z.boolean().optional().describe('True when the date is not certain.'),
    basis: z
      .enum(DATE_BASES)
      .describe(
        'stated: the source gives the date; inferred: derived from its wording (say how in ' +
          '`note`); reference: from a public reference cited in `sources`.',
      ),
    note: z.string().optional(),
  })
  .describe('When something happened, as precisely as the sources allow.');

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

export const sourceSchema = z.strictObject({
  id: slug,
  publisher: z.string().optional().describe('Only if the source names it.'),
  title: text,
  published: isoDate.optional(),
  dateline: z.string().optional(),
  url: z.string().optional(),
  kind: z
    .enum(['report', 'reference'])
    .describe('report: a primary news report; reference: a public reference used for context.'),
  description: text,
});

export const categorySchema = z.strictObject({
  id: slug,
  label: text,
  description: z.string().optional(),
});

export const entitySchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(ENTITY_KINDS),
  role: z.string().optional(),
  description: text,
  sources: citations,
});

export const eventSchema = z.strictObject({
  id: slug,
  title: text,
  date: storyDateSchema,
  summary: text,
  entities: z.array(z.strictObject({ id: slug, role: z.string().optional() })),
  category: slug.describe('The id of an entry in `categories`.'),
  sources: citations,
  claim: claimSchema.optional(),
  note: z
    .string()
    .optional()
    .describe('For readers: where sources differ, or what the event leaves out.'),
});

export const relationSchema = z.strictObject({
  id: slug,
  from: slug,
  to: slug,
  kind: slug,
  label: text.describe('Reads as a sentence between the two names: "deported", "pays".'),
  start: isoDate.optional().describe('When the relation began to hold, if known.'),
  end: isoDate.optional().describe('When it stopped holding, if it did.'),
  events: z.array(slug).optional().describe('Events that made or show this relation.'),
  sources: citations,
  claim: claimSchema.optional(),
  note: z.string().optional(),
});

export const storySchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: slug,
    title: text,
    summary: text,
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag like "en"'),
    asOf: isoDate.describe('The date the story is told as of; later developments are not in it.'),
    sources: z.array(sourceSchema).min(1),
    categories: z.array(categorySchema).min(1),
    entities: z.array(entitySchema),
    events: z.array(eventSchema),
    relations: z.array(relationSchema),
  })
  .describe('One story: its sources, entities, events and the relations between entities.');

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
