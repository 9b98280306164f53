/**
 * Search over a story: events, entities, relations and sources by name, alias, title, summary
 * and quote text, without regard to case or accents ("abrego" finds "Ábrego"). Each query word
 * must begin a word of the item; results come grouped by kind, best first, each with what a
 * result list shows beside it (an event's date, an entity's kind) and, when the words were found
 * in a summary or a quote rather than the name, that passage with the words marked.
 */
import type { Messages } from '../i18n/messages';
import { formatStoryDate } from '../model/dates';
import type { StoryIndex } from '../model/indexes';
import type { Citation, Story } from '../model/schema';
import { periodLine, relationSentence } from '../model/sentences';

type SearchKind = 'entity' | 'event' | 'relation' | 'source';

/** Where the words were found, from the best place to the least. */
type SearchField = 'name' | 'alias' | 'role' | 'summary' | 'note' | 'quote' | 'publisher';

interface SearchResult {
  kind: SearchKind;
  id: string;
  /** The item's name, title or sentence. */
  label: string;
  /** Beside it: an event's date, an entity's kind, a relation's period, a source's publisher. */
  detail: string;
  /** Where the words were found, when it is not the label, with the words' place in `text`. */
  match?: { field: SearchField; text: string; start: number; end: number };
}

export interface SearchGroup {
  kind: SearchKind;
  /** The best results, at most the limit asked for. */
  results: SearchResult[];
  /** How many items of this kind match in all. */
  total: number;
}

const RANK: Record<SearchField, number> = {
  name: 0,
  alias: 1,
  role: 2,
  publisher: 2,
  summary: 3,
  note: 4,
  quote: 5,
};

/** Letters that do not come apart into a letter and an accent. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

interface Folded {
  text: string;
  /** For each character of `text`, the index of the character of the original it came from. */
  from: number[];
}

/** Lower case, accents stripped, one character at a time so places map back to the original. */
function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of original) {
    const lower = ch.toLowerCase();
    const plain = LETTERS[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    for (const c of plain) {
      text += c;
      // One entry per UTF-16 unit, as indexOf counts: an emoji is two.
      for (let k = 0; k < c.length; k++) from.push(i);
    }
    i += ch.length;
  }
  return { text, from };
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The query's words, folded: "Ábrego García" → ["abrego", "garcia"]. */
function wordsOf(query: string): string[] {
  return fold(query)
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Where `word` begins a word of the folded text, or -1. */
function wordStart(folded: string, word: string): number {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    if (!isWordChar(folded[at - 1])) return at;
  }
  return -1;
}

interface Entry {
  result: Omit<SearchResult, 'match'>;
  fields: { field: SearchField; original: string; folded: Folded }[];
  order: number;
}

function entry(
  result: Omit<SearchResult, 'match'>,
  order: number,
  fields: [SearchField, string | undefined][],
): Entry {
  return {
    result,
    order,
    fields: fields
      .filter((f): f is [SearchField, string] => Boolean(f[1]))
      .map(([field, original]) => ({ field, original, folded: fold(original) })),
  };
}

const quotes = (sources: Citation[]): [SearchField, string | undefined][] =>
  sources.flatMap((c): [SearchField, string | undefined][] => [
    ['quote', c.quote],
    ['note', c.note],
  ]);

const KINDS: SearchKind[] = ['entity', 'event', 'relation', 'source'];

/** A story's search: call it on every keystroke. */
export interface Search {
  (query: string, limit?: number): SearchGroup[];
  /**
   * Builds its index, which the first search would otherwise do, for as long as `more()` says
   * there is time (all of it without): a big story's index takes a few hundred ms, to spend in
   * the page's idle slices. True once the index is whole.
   */
  prepare(more?: () => boolean): boolean;
}

/** A search over one story; create it once per story. Its index is built when first needed. */
export function createSearch(story: Story, index: StoryIndex, m: Messages): Search {
  const makers = entryMakers(story, index, m);
  const entries: Entry[] = [];
  /** Makes entries while `more()` allows; true once every item has one. */
  const prepare = (more: () => boolean = () => true): boolean => {
    while (entries.length < makers.length && more()) entries.push(makers[entries.length]!());
    return entries.length === makers.length;
  };
  const search = (query: string, limit = 10): SearchGroup[] => {
    const words = wordsOf(query);
    const found: { entry: Entry; score: number; match?: SearchResult['match'] }[] = [];
    if (words.length > 0) {
      prepare();
      for (const e of entries) {
        let score = 0;
        let best: { field: Entry['fields'][number]; at: number; rank: number } | undefined;
        for (const word of words) {
          let hit: typeof best;
          for (const field of e.fields) {
            const at = wordStart(field.folded.text, word);
            if (at !== -1 && (!hit || RANK[field.field] < hit.rank)) {
              hit = { field, at, rank: RANK[field.field] };
            }
          }
          if (!hit) {
            score = -1;
            break;
          }
          score += hit.rank;
          if (!best || hit.rank > best.rank) best = hit;
        }
        if (score < 0 || !best) continue;
        // Show where the words were found when the label alone does not show it.
        const shown = best.rank === 0 ? undefined : excerpt(best.field, best.at, words);
        found.push({ entry: e, score, match: shown });
      }
    }
    return KINDS.map((kind) => {
      const ofKind = found
        .filter((f) => f.entry.result.kind === kind)
        .sort((a, b) => a.score - b.score || a.entry.order - b.entry.order);
      return {
        kind,
        total: ofKind.length,
        results: ofKind
          .slice(0, limit)
          .map((f) => ({ ...f.entry.result, ...(f.match && { match: f.match }) })),
      };
    }).filter((g) => g.total > 0);
  };
  return Object.assign(search, { prepare });
}

/**
 * How to make each item's entry (the item, with the words it can be found by, folded), one
 * at a time: a big story's index is built in slices of the page's idle time.
 */
function entryMakers(story: Story, index: StoryIndex, m: Messages): (() => Entry)[] {
  return [
    ...story.entities.map(
      (e, i) => () =>
        entry({ kind: 'entity', id: e.id, label: e.name, detail: m.kindNames[e.kind] }, i, [
          ['name', e.name],
          ['alias', e.shortName],
          ['role', e.role],
          ['summary', e.description],
          ...quotes(e.sources),
        ]),
    ),
    ...index.eventsInOrder.map(
      (e, i) => () =>
        entry({ kind: 'event', id: e.id, label: e.title, detail: formatStoryDate(e.date, m) }, i, [
          ['name', e.title],
          ['summary', e.summary],
          ['note', e.note],
          ['note', e.date.note],
          ...quotes(e.sources),
        ]),
    ),
    ...story.relations.map((r, i) => () => {
      const label = relationSentence(index, r.id, m);
      const detail = periodLine(index, r.id, m);
      return entry({ kind: 'relation', id: r.id, label, detail }, i, [
        ['name', label],
        ['note', r.note],
        ...quotes(r.sources),
      ]);
    }),
    ...story.sources.map((s, i) => () => {
      const detail =
        s.publisher ?? (s.kind === 'reference' ? m.referenceLabel : (s.dateline ?? ''));
      return entry({ kind: 'source', id: s.id, label: s.title, detail }, i, [
        ['name', s.title],
        ['publisher', s.publisher],
        ['summary', s.description],
      ]);
    }),
  ];
}

const AROUND = 50;

/** The passage around a match: about 50 characters either side, cut at spaces. */
function excerpt(
  field: Entry['fields'][number],
  at: number,
  words: string[],
): NonNullable<SearchResult['match']> {
  const { original, folded } = field;
  // Mark the word found, and the query's next words when they follow it ("ms-13", "abrego garcia").
  const first = words.findIndex((w) => folded.text.startsWith(w, at));
  let stop = at + (words[first]?.length ?? 1);
  for (const next of words.slice(first + 1)) {
    let p = stop;
    while (p < folded.text.length && !isWordChar(folded.text[p])) p++;
    if (!folded.text.startsWith(next, p)) break;
    stop = p + next.length;
  }
  const start = folded.from[at]!;
  const lastChar = folded.from[stop - 1] ?? start;
  const end = lastChar + (original.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  let from = Math.max(0, start - AROUND);
  let to = Math.min(original.length, end + AROUND);
  const before = original.indexOf(' ', from);
  if (from > 0 && before !== -1 && before < start) from = before + 1;
  const after = original.lastIndexOf(' ', to);
  if (to < original.length && after >= end) to = after;
  const head = from > 0 ? '…' : '';
  const text = head + original.slice(from, to) + (to < original.length ? '…' : '');
  return {
    field: field.field,
    text,
    start: head.length + start - from,
    end: head.length + end - from,
  };
}

/**
 * Where the query's words begin words of `text` (as the search finds them: whatever the case
 * and accents), for marking them in a result's name: "abrego" in "Kilmar Ábrego García".
 */
export function wordsIn(text: string, query: string): { start: number; end: number }[] {
  const folded = fold(text);
  const found: { start: number; end: number }[] = [];
  for (const word of wordsOf(query)) {
    for (let at = folded.text.indexOf(word); at !== -1; at = folded.text.indexOf(word, at + 1)) {
      if (isWordChar(folded.text[at - 1])) continue;
      const last = folded.from[at + word.length - 1]!;
      const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
      found.push({ start: folded.from[at]!, end });
    }
  }
  // In reading order, overlaps merged ("ab" and "abrego" in one name mark it once).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.reduce<{ start: number; end: number }[]>((out, r) => {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
    return out;
  }, []);
}
