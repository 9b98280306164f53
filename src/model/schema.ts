/**
 * The story format, defined once. TypeScript types and data/story.schema.json are derived
 * from these definitions; data/README.md documents them for people writing their own story.
 *
 * Structural rules live here; rules that need the whole story (references between items,
 * real calendar dates, an end before its start) live in validate.ts, so that every problem
 * can be reported with its place and a suggested fix.
 */
// zod/mini: the same definitions at a fifth of the bundle size (the app validates the stories
// readers open; the bundled one is validated when the site is built).
import * as z from 'zod/mini';
import { ENTITY_KINDS, ISO_DATE_PATTERN, ITEM_KINDS, LIMITS } from './vocabulary';

const SCHEMA_VERSION = 1;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Controls that reverse or embed the text after them (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** A letter, digit, mark of punctuation or symbol: what a reader can see. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const MAX_QUOTE_LENGTH = 300;

const slug = z
  .string()
  .check(
    z.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
    z.regex(SLUG_PATTERN, 'must be a kebab-case id such as "kilmar-abrego-garcia"'),
    z.describe('A readable kebab-case id; it appears in links that readers share.'),
  );

/** Text of at most `max` characters, with no control that would reverse the page's words. */
const textUpTo = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine(
      (s) => !BIDI_CONTROLS.test(s),
      'must not hold a bidirectional control character (U+202A–U+202E, U+2066–U+2069): it would reverse the text after it',
    ),
  );
const text = textUpTo(LIMITS.longText);
/** An optional kind of text that may be empty: a note, a role, a publisher's name. */
const loose = (max: number) =>
  z.string().check(
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine(
      (s) => !BIDI_CONTROLS.test(s),
      'must not hold a bidirectional control character (U+202A–U+202E, U+2066–U+2069): it would reverse the text after it',
    ),
  );
/** A title, a name or a label: short, and with something to see (not only a zero-width space). */
const shortText = (max: number) =>
  textUpTo(max).check(
    z.refine(
      (s) => VISIBLE.test(s),
      'must have a visible character: a letter, a digit, a mark or a symbol',
    ),
  );
const title = shortText(LIMITS.title);
const name = shortText(LIMITS.name);
const label = shortText(LIMITS.label);

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
      described(
        loose(LIMITS.longText),
        'What the reference says, for a reference that is not quoted.',
      ),
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

/** Which ends of a date are uncertain: `true` both, `"start"` or `"end"` only that one. */
const APPROXIMATE_ENDS = ['start', 'end'] as const;
/** A local time of day, 24-hour: "17:26". */
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const storyDateSchema = described(
  z.strictObject({
    start: isoDate,
    end: z.optional(described(isoDate, 'For a span: the last year, month or day it covers.')),
    approximate: z.optional(
      described(
        z.union([z.boolean(), z.enum(APPROXIMATE_ENDS)]),
        'true when the date is not certain; "start" or "end" when only that end of a span is.',
      ),
    ),
    time: z.optional(
      described(
        z.string().check(z.regex(TIME_PATTERN, 'must be a 24-hour time such as "17:26"')),
        'The local time of day, where the source gives it (say the zone in `note`); only on a ' +
          'single full day. Puts events of the same day in their true order.',
      ),
    ),
    order: z.optional(
      described(
        z.int().check(z.positive('must be 1 or more')),
        'The place of this event among the events of its day (1 first), when the source ' +
          'gives a sequence but no time. Events of one day sort by order, then time, then title.',
      ),
    ),
    basis: described(
      z.enum(DATE_BASES),
      'stated: the source gives the date; inferred: derived from its wording (say how in ' +
        '`note`); reference: from a public reference cited in `sources`.',
    ),
    note: z.optional(loose(LIMITS.longText)),
  }),
  'When something happened, as precisely as the sources allow.',
);

const sourceSchema = z.strictObject({
  id: slug,
  publisher: z.optional(described(loose(LIMITS.title), 'Only if the source names it.')),
  title,
  published: z.optional(isoDate),
  dateline: z.optional(loose(LIMITS.label)),
  url: z.optional(
    described(
      z
        .string()
        .check(z.regex(/^https?:\/\/\S+$/, 'must be a web address beginning https:// or http://')),
      'Where a reader can check the source: shown as text and linked, never fetched by the app.',
    ),
  ),
  kind: described(
    z.enum(['report', 'reference']),
    'report: a primary news report; reference: a public reference used for context.',
  ),
  description: text,
});

const categorySchema = z.strictObject({
  id: slug,
  label,
  description: z.optional(loose(LIMITS.longText)),
});

const entitySchema = z.strictObject({
  id: slug,
  name,
  shortName: z.optional(
    described(
      shortText(30),
      'The name on the graph, as the reports give it on second mention ("Bukele"); `name` if absent.',
    ),
  ),
  kind: z.enum(ENTITY_KINDS),
  role: z.optional(loose(LIMITS.label)),
  description: text,
  sources: citations,
});

const eventSchema = z.strictObject({
  id: slug,
  title,
  shortTitle: z.optional(
    described(
      shortText(30),
      'The label on the timeline where the title is long: "Bukele at the White House"; `title` if absent.',
    ),
  ),
  date: storyDateSchema,
  summary: text,
  entities: z.array(z.strictObject({ id: slug, role: z.optional(loose(LIMITS.label)) })),
  category: described(slug, 'The id of an entry in `categories`.'),
  sources: citations,
  claim: z.optional(claimSchema),
  note: z.optional(
    described(
      loose(LIMITS.longText),
      'For readers: where sources differ, or what the event leaves out.',
    ),
  ),
});

const relationSchema = z.strictObject({
  id: slug,
  from: slug,
  to: slug,
  kind: slug,
  label: described(label, 'Reads as a sentence between the two names: "deported", "pays".'),
  start: z.optional(described(isoDate, 'When the relation began to hold, if known.')),
  end: z.optional(described(isoDate, 'When it stopped holding, if it did.')),
  events: z.optional(described(z.array(slug), 'Events that made or show this relation.')),
  sources: citations,
  claim: z.optional(claimSchema),
  note: z.optional(loose(LIMITS.longText)),
});

const termSchema = z.strictObject({
  id: slug,
  term: described(label, 'The word or phrase as a reader meets it: "remittances".'),
  forms: z.optional(
    described(
      z.array(text),
      'Other ways the text writes it, also marked: "remittance", "TRO". Matched whole-word, ' +
        'in any case.',
    ),
  ),
  definition: described(text, 'Plain words a 15-year-old can follow, from the sources cited.'),
  sources: citations,
});

const COMPARISON_VERDICTS = ['agree', 'differ', 'one-only'] as const;

const comparisonSchema = z.strictObject({
  id: slug,
  topic: described(title, 'A short heading: "How many men, and what they are called".'),
  verdict: described(
    z.enum(COMPARISON_VERDICTS),
    'agree: the reports say the same; differ: they say it differently; one-only: only one ' +
      'report covers it.',
  ),
  summary: described(text, 'One or two neutral sentences: what agrees, differs or is missing.'),
  reports: described(
    z.array(citationSchema).check(z.minLength(1, 'needs a citation of each report')),
    'One citation of every source of kind "report": a `quote` where it speaks to the point, ' +
      'a `note` ("Does not mention the fee.") where it is silent.',
  ),
});

const chapterSchema = z.strictObject({
  id: slug,
  title: described(title, 'A short heading for the step: "The law of 1798".'),
  text: described(
    text,
    'Two to four sentences, neutral, each fact in them drawn from the sources cited; a ' +
      "side's claim told as that side's claim.",
  ),
  sources: citations,
  select: z.optional(
    described(
      z.strictObject({ kind: z.enum(ITEM_KINDS), id: slug }),
      'The item the step selects, as a link names it: `{ "kind": "event", "id": "…" }`.',
    ),
  ),
  window: z.optional(
    described(
      z.strictObject({ from: isoDate, to: isoDate }),
      'The time window the step shows: its first and its last year, month or day (included).',
    ),
  ),
  graphFocus: z.optional(
    described(
      z.array(slug).check(z.minLength(1, 'needs at least one entity, or leave it out')),
      'The entities the graph frames at this step; the default view if absent.',
    ),
  ),
});

export const storySchema = described(
  z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: slug,
    title,
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
    terms: z.optional(
      described(
        z.array(termSchema),
        'A glossary: the details panel marks each term where it occurs and opens its definition.',
      ),
    ),
    comparisons: z.optional(
      described(
        z.array(comparisonSchema),
        'The reports compared point by point: where they agree, differ, and what one alone covers.',
      ),
    ),
    chapters: z.optional(
      described(
        z.array(chapterSchema),
        'The story told in steps, in order: each sets the selection, the time window and the ' +
          "graph's frame, with a short sourced text.",
      ),
    ),
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
export type Term = z.infer<typeof termSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type ComparisonVerdict = (typeof COMPARISON_VERDICTS)[number];
export type StoryDate = z.infer<typeof storyDateSchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
