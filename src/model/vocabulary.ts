/**
 * The story format's fixed words and limits, apart from its schema (schema.ts), so the page
 * can read them without the validator: the bundled story is validated when the site is built,
 * and the validator (zod) loads only for a story from elsewhere.
 */

/**
 * The most a story can hold and still be drawn smoothly (data/README.md, "Limits"): beyond,
 * the validator refuses it at once, with the limit, rather than leave a page that never ends.
 */
export const LIMITS = {
  events: 20_000,
  entities: 5_000,
  relations: 20_000,
  /** Characters of an id, of a title or name, of a label, of a longer text. */
  id: 80,
  title: 300,
  name: 120,
  label: 120,
  longText: 5_000,
} as const;

/** Reduced-precision ISO 8601: a year, a year and month, or a full day. */
export const ISO_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

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

/** The kinds of item a link or a chapter can select (the URL's `entity`, `event`, `relation`). */
export const ITEM_KINDS = ['entity', 'event', 'relation'] as const;
