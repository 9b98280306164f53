/**
 * A story in another language: a translation file beside the story (data/story.es.json) holds,
 * by id, the translated text of every item, and the translation of each quote and reference
 * note by its original words. Ids, dates, links and sources' own words never change, so every
 * link works in both languages and a fact-checked story stays the fact-checked story.
 *
 * The checks are the validator's kind: every problem at once, each with its place in the
 * translation file ("events.trump-saturday-post.summary") and the place of the original text
 * in the story ("events[22].summary"), never throwing on any input.
 */
import type { Problem } from './story-text';
import type { Citation, Story } from './schema';
import { closest } from './suggest';

/** One item's translated fields: text, a list of texts (a term's forms), or roles by entity. */
type ItemTranslation = Record<string, string | string[] | Record<string, string>>;

interface Translation {
  /** The language of the translation: "es". */
  language: string;
  /** The id of the story it translates. */
  of: string;
  story: { title: string; summary: string };
  sources: Record<string, ItemTranslation>;
  categories: Record<string, ItemTranslation>;
  entities: Record<string, ItemTranslation>;
  events: Record<string, ItemTranslation>;
  relations: Record<string, ItemTranslation>;
  terms: Record<string, ItemTranslation>;
  comparisons: Record<string, ItemTranslation>;
  chapters: Record<string, ItemTranslation>;
  /** Each quote of the story, by its original words: the translation shown beneath it. */
  quotes: Record<string, string>;
  /** Each reference's note (a citation that is not quoted), by its original words. */
  notes: Record<string, string>;
}

export type TranslationResult =
  | {
      ok: true;
      /** The story in the translation's language: the same ids, dates and quotes. */
      story: Story;
      /** The translation of each quote, by its original words, to show beneath it. */
      quotes: ReadonlyMap<string, string>;
    }
  | { ok: false; problems: Problem[] };

const LISTS = [
  'sources',
  'categories',
  'entities',
  'events',
  'relations',
  'terms',
  'comparisons',
  'chapters',
] as const;
type List = (typeof LISTS)[number];

/** What a field holds: text, a list of texts, or a text per entity (an event's roles). */
type Shape = 'text' | 'texts' | 'roles';

interface Field {
  name: string;
  shape: Shape;
  /** The story item has this text (else the translation may not give one). */
  present: boolean;
  /** Proper names and sources' headlines stay as the sources write them unless translated. */
  optional?: boolean;
  /** Where the original is, in the story: "events[3].date.note". */
  at: string;
}

type AnyItem = { id: string } & Record<string, unknown>;

/**
 * The translatable fields of one item of the story. Proper names, the headlines of sources and
 * their publishers are as the sources write them, so their translation is optional; every
 * other text the item has must be translated, and nothing it lacks may be.
 */
function fieldsOf(list: List, item: AnyItem, at: string): Field[] {
  const field = (name: string, present = item[name] !== undefined, path = name): Field => ({
    name,
    shape: 'text',
    present,
    at: `${at}.${path}`,
  });
  const optional = (f: Field): Field => ({ ...f, optional: true });
  switch (list) {
    case 'sources':
      return [optional(field('title')), optional(field('publisher')), field('description')];
    case 'categories':
      return [field('label'), field('description')];
    case 'entities':
      // A short name may be given where the story has none: a long translated name needs one.
      return [
        optional(field('name')),
        optional(field('shortName', true)),
        field('role'),
        field('description'),
      ];
    case 'events': {
      const date = item.date as { note?: string } | undefined;
      const roles = (item.entities as { role?: string }[] | undefined)?.some((e) => e.role);
      return [
        field('title'),
        field('shortTitle'),
        field('summary'),
        field('dateNote', date?.note !== undefined, 'date.note'),
        field('note'),
        field('claim', item.claim !== undefined, 'claim.note'),
        { name: 'roles', shape: 'roles', present: Boolean(roles), at: `${at}.entities` },
      ];
    }
    case 'relations':
      return [
        field('label'),
        field('note'),
        field('claim', item.claim !== undefined, 'claim.note'),
      ];
    case 'terms': {
      const forms = ((item.forms as unknown[] | undefined) ?? []).length > 0;
      return [
        field('term'),
        { name: 'forms', shape: 'texts', present: forms, at: `${at}.forms` },
        field('definition'),
      ];
    }
    case 'comparisons':
      return [field('topic'), field('summary')];
    case 'chapters':
      return [field('title'), field('text')];
  }
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

const TOP_FIELDS = ['$schema', 'language', 'of', 'story', 'quotes', 'notes', ...LISTS];

/** Every citation of the story with its place: "events[3].sources[1]". */
function citationsOf(story: Story): { citation: Citation; at: string }[] {
  const out: { citation: Citation; at: string }[] = [];
  for (const list of LISTS) {
    (story[list] ?? []).forEach((item, i) => {
      const own = 'sources' in item && Array.isArray(item.sources) ? item.sources : [];
      (own as Citation[]).forEach((c, j) =>
        out.push({ citation: c, at: `${list}[${i}].sources[${j}]` }),
      );
      if ('reports' in item) {
        item.reports.forEach((c, j) =>
          out.push({ citation: c, at: `${list}[${i}].reports[${j}]` }),
        );
      }
    });
  }
  return out;
}

/**
 * Quotation marks in a translation enclose only the sources' own words, as the story gives
 * them: a translated quote is never presented as what someone said.
 */
const QUOTED = /[“"«]([^”"»]+)[”"»]/g;

function quotedProblems(value: string, path: string, original: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of value.matchAll(QUOTED)) {
    if (!original.includes(m[1]!)) {
      problems.push({
        path,
        message: `puts “${m[1]}” in quotation marks, but these are not the words of the story's sources`,
        fix: 'Quotation marks hold only the original words, as the story quotes them; tell a translated quote without them, or give it in brackets after the original.',
      });
    }
  }
  return problems;
}

/** Checks a translation file against its story; on success, the story in that language. */
export function validateTranslation(story: Story, data: unknown): TranslationResult {
  const problems: Problem[] = [];
  const report = (path: string, message: string, fix?: string) =>
    problems.push(fix ? { path, message, fix } : { path, message });
  if (!isObject(data)) {
    report('', 'must be an object: { "language", "of", "story", "events", … }');
    return { ok: false, problems };
  }
  // All the story's own words, in which quoted passages of the translation must be found.
  const original = JSON.stringify(story).replace(/\\"/g, '"');

  for (const key of Object.keys(data)) {
    if (!TOP_FIELDS.includes(key)) {
      const near = closest(key, TOP_FIELDS);
      report('', `has unknown field "${key}"`, near ? `Did you mean "${near}"?` : undefined);
    }
  }
  if (typeof data.language !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(data.language))
    report('language', 'must be a language tag like "es"');
  else if (data.language === story.language)
    report('language', `is the story's own language, "${story.language}"`);
  if (data.of !== story.id)
    report(
      'of',
      `must be the id of the story it translates, "${story.id}"`,
      `Write "of": "${story.id}".`,
    );

  /** A translated text: there where the story has one (unless optional), absent where not. */
  const textAt = (
    value: unknown,
    path: string,
    field: Pick<Field, 'present' | 'optional' | 'at'>,
  ) => {
    if (value === undefined) {
      if (field.present && !field.optional)
        report(path, `is not translated (the story's ${field.at})`);
    } else if (!field.present)
      report(path, `has nothing to translate: the story has no ${field.at}`);
    else if (!isText(value)) report(path, 'must be text, and not empty');
    else problems.push(...quotedProblems(value, path, original));
  };

  const head = data.story;
  if (!isObject(head)) report('story', "is not translated: it holds the story's title and summary");
  else {
    checkKeys(head, ['title', 'summary'], 'story', report);
    textAt(head.title, 'story.title', { present: true, at: 'title' });
    textAt(head.summary, 'story.summary', { present: true, at: 'summary' });
  }

  for (const list of LISTS) {
    const items = (story[list] ?? []) as AnyItem[];
    const given = data[list] ?? {};
    if (!isObject(given)) {
      report(list, 'must be an object of translations by id');
      continue;
    }
    const ids = new Set(items.map((item) => item.id));
    for (const id of Object.keys(given)) {
      if (!ids.has(id)) {
        const near = closest(id, ids);
        report(
          `${list}.${id}`,
          `names "${id}", which is not an id of the story's ${list}`,
          near ? `Did you mean "${near}"?` : 'Remove it: ids are never translated.',
        );
      }
    }
    items.forEach((item, i) => {
      const at = `${list}[${i}]`;
      const path = `${list}.${item.id}`;
      const translated = given[item.id];
      if (translated === undefined) {
        report(path, `is not translated (the story's ${at}, "${item.id}")`);
        return;
      }
      if (!isObject(translated)) {
        report(path, 'must be an object of translated fields');
        return;
      }
      const fields = fieldsOf(list, item, at);
      checkKeys(
        translated,
        fields.map((f) => f.name),
        path,
        report,
      );
      for (const field of fields) {
        const value = translated[field.name];
        const where = `${path}.${field.name}`;
        if (field.shape === 'text') textAt(value, where, field);
        else if (value !== undefined && !field.present)
          report(where, `has nothing to translate: the story has no ${field.at}`);
        else if (field.shape === 'texts') {
          if (value === undefined) {
            if (field.present) report(where, `is not translated (the story's ${field.at})`);
          } else if (!Array.isArray(value) || !value.every(isText))
            report(where, 'must be a list of texts, none empty');
        } else if (field.present) rolesAt(item, value, where, field, report);
      }
      if (list === 'entities' && translated.name !== undefined && item.shortName !== undefined) {
        if (translated.shortName === undefined)
          report(
            `${path}.shortName`,
            `is not translated: the name is, so the graph's short name must be too (the story's ${at}.shortName)`,
          );
      }
      // The short forms a view shows whole: an entity's on the graph, an event's on the timeline.
      for (const [field, where] of [
        ['shortName', 'graph'],
        ['shortTitle', 'timeline'],
      ] as const) {
        const value = translated[field];
        if (typeof value === 'string' && value.length > 30)
          report(
            `${path}.${field}`,
            `must be at most 30 characters, as the ${where} shows it whole`,
          );
      }
    });
  }

  const cited = citationsOf(story);
  checkByOriginal(data.quotes, 'quotes', cited, 'quote', report, problems, original);
  checkByOriginal(data.notes, 'notes', cited, 'note', report, problems, original);

  if (problems.length) return { ok: false, problems };
  const t = data as unknown as Translation;
  return {
    ok: true,
    story: translateStory(story, t),
    quotes: new Map(Object.entries(t.quotes ?? {})),
  };
}

function checkKeys(
  value: Raw,
  known: readonly string[],
  path: string,
  report: (path: string, message: string, fix?: string) => void,
): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const near = closest(key, known);
    report(
      `${path}.${key}`,
      `is not a field that can be translated here`,
      near ? `Did you mean "${near}"?` : `The fields: ${known.join(', ')}.`,
    );
  }
}

function rolesAt(
  item: AnyItem,
  value: unknown,
  where: string,
  field: Field,
  report: (path: string, message: string, fix?: string) => void,
): void {
  const roles = new Map(
    (item.entities as { id: string; role?: string }[])
      .map((e, k) => [e.id, { role: e.role, at: `${field.at}[${k}].role` }] as const)
      .filter(([, r]) => r.role !== undefined),
  );
  if (value === undefined) {
    report(where, `is not translated (the roles in the story's ${field.at})`);
    return;
  }
  if (!isObject(value)) {
    report(where, 'must be an object of roles by entity id');
    return;
  }
  for (const [id, { at }] of roles) {
    if (value[id] === undefined) report(`${where}.${id}`, `is not translated (the story's ${at})`);
  }
  for (const [id, role] of Object.entries(value)) {
    if (!roles.has(id)) {
      const near = closest(id, roles.keys());
      report(
        `${where}.${id}`,
        `names "${id}", which has no role in this event`,
        near ? `Did you mean "${near}"?` : undefined,
      );
    } else if (!isText(role)) report(`${where}.${id}`, 'must be text, and not empty');
  }
}

/** Quotes and notes are translated once each, by their original words, wherever cited. */
function checkByOriginal(
  value: unknown,
  name: 'quotes' | 'notes',
  cited: { citation: Citation; at: string }[],
  kind: 'quote' | 'note',
  report: (path: string, message: string, fix?: string) => void,
  problems: Problem[],
  original: string,
): void {
  const given = value ?? {};
  if (!isObject(given)) {
    report(name, `must be an object: each ${kind} of the story, with its translation`);
    return;
  }
  const wanted = new Map<string, string>();
  for (const { citation, at } of cited) {
    const words = citation[kind];
    if (words !== undefined && !wanted.has(words)) wanted.set(words, `${at}.${kind}`);
  }
  for (const [words, at] of wanted) {
    if (given[words] === undefined)
      report(
        `${name}.${words}`,
        `is not translated (the story's ${at})`,
        `Add it to "${name}", with its original words as the key.`,
      );
  }
  for (const [words, translation] of Object.entries(given)) {
    const path = `${name}.${words}`;
    if (!wanted.has(words)) {
      report(
        path,
        `is not a ${kind} of the story: a ${kind} is keyed by its exact words`,
        closest(words, wanted.keys())
          ? 'The story has a close one: its words have changed; translate them again.'
          : undefined,
      );
    } else if (!isText(translation)) report(path, 'must be text, and not empty');
    else if (kind === 'note') problems.push(...quotedProblems(translation, path, original));
  }
}

/** The story with the translation's text in place; everything else exactly as it was. */
function translateStory(story: Story, t: Translation): Story {
  const s = (v: unknown) => v as string;
  const field = <T extends object>(item: T, list: List, id: string): ItemTranslation =>
    (t[list][id] ?? {}) as ItemTranslation & T;
  const note = (c: Citation): Citation =>
    c.note === undefined ? c : { ...c, note: t.notes?.[c.note] ?? c.note };
  return {
    ...story,
    language: t.language,
    title: t.story.title,
    summary: t.story.summary,
    sources: story.sources.map((x) => {
      const f = field(x, 'sources', x.id);
      return {
        ...x,
        title: s(f.title ?? x.title),
        ...(x.publisher !== undefined ? { publisher: s(f.publisher ?? x.publisher) } : {}),
        description: s(f.description),
      };
    }),
    categories: story.categories.map((x) => {
      const f = field(x, 'categories', x.id);
      return {
        ...x,
        label: s(f.label),
        ...(x.description !== undefined ? { description: s(f.description) } : {}),
      };
    }),
    entities: story.entities.map((x) => {
      const f = field(x, 'entities', x.id);
      const shortName = f.shortName ?? x.shortName;
      return {
        ...x,
        name: s(f.name ?? x.name),
        ...(shortName !== undefined ? { shortName: s(shortName) } : {}),
        ...(x.role !== undefined ? { role: s(f.role) } : {}),
        description: s(f.description),
        sources: x.sources.map(note),
      };
    }),
    events: story.events.map((x) => {
      const f = field(x, 'events', x.id);
      const roles = (f.roles ?? {}) as Record<string, string>;
      return {
        ...x,
        title: s(f.title),
        ...(x.shortTitle !== undefined ? { shortTitle: s(f.shortTitle) } : {}),
        summary: s(f.summary),
        date: x.date.note === undefined ? x.date : { ...x.date, note: s(f.dateNote) },
        entities: x.entities.map((e) => (e.role === undefined ? e : { ...e, role: roles[e.id]! })),
        sources: x.sources.map(note),
        ...(x.claim ? { claim: { ...x.claim, note: s(f.claim) } } : {}),
        ...(x.note !== undefined ? { note: s(f.note) } : {}),
      };
    }),
    relations: story.relations.map((x) => {
      const f = field(x, 'relations', x.id);
      return {
        ...x,
        label: s(f.label),
        sources: x.sources.map(note),
        ...(x.claim ? { claim: { ...x.claim, note: s(f.claim) } } : {}),
        ...(x.note !== undefined ? { note: s(f.note) } : {}),
      };
    }),
    ...(story.terms
      ? {
          terms: story.terms.map((x) => {
            const f = field(x, 'terms', x.id);
            const forms = (f.forms as string[] | undefined) ?? x.forms;
            return {
              ...x,
              term: s(f.term),
              ...(forms !== undefined ? { forms } : {}),
              definition: s(f.definition),
              sources: x.sources.map(note),
            };
          }),
        }
      : {}),
    ...(story.comparisons
      ? {
          comparisons: story.comparisons.map((x) => {
            const f = field(x, 'comparisons', x.id);
            return { ...x, topic: s(f.topic), summary: s(f.summary), reports: x.reports.map(note) };
          }),
        }
      : {}),
    ...(story.chapters
      ? {
          chapters: story.chapters.map((x) => {
            const f = field(x, 'chapters', x.id);
            return { ...x, title: s(f.title), text: s(f.text), sources: x.sources.map(note) };
          }),
        }
      : {}),
  };
}
