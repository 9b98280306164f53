/**
 * The glossary in the text: where a story's terms occur in a summary, description or note, so
 * the details panel can mark them and open their definitions. Matching is whole-word and
 * case-insensitive ("Remittances" marks "remittances"), longest form first ("temporary
 * restraining order" before "order"), and only a term's first occurrence in a text is marked,
 * as a glossary in print marks a word once.
 */
import type { Term } from './schema';

/** A run of text, or a run that is a term's occurrence (its id in `termId`). */
export interface TextSegment {
  text: string;
  termId?: string;
}

export interface TermMatcher {
  /** One alternation of every form, longest first; null for a story without terms. */
  pattern: RegExp | null;
  /** A form in lower case → its term's id. */
  termOf: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built once per story (the index keeps it). */
export function buildTermMatcher(terms: readonly Term[]): TermMatcher {
  const termOf = new Map<string, string>();
  for (const t of terms) {
    for (const form of [t.term, ...(t.forms ?? [])]) {
      const key = form.toLocaleLowerCase('en');
      if (!termOf.has(key)) termOf.set(key, t.id);
    }
  }
  if (termOf.size === 0) return { pattern: null, termOf };
  const forms = [...termOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Not inside a longer word: no letter or digit on either side (Unicode-aware, for "régimen").
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, termOf };
}

/** Splits a text into plain runs and the first occurrence of each term. */
export function markTerms(text: string, matcher: TermMatcher): TextSegment[] {
  if (!matcher.pattern) return [{ text }];
  const segments: TextSegment[] = [];
  const seen = new Set<string>();
  let from = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const termId = matcher.termOf.get(match[0].toLocaleLowerCase('en'));
    if (termId === undefined || seen.has(termId)) continue;
    seen.add(termId);
    if (match.index > from) segments.push({ text: text.slice(from, match.index) });
    segments.push({ text: match[0], termId });
    from = match.index + match[0].length;
  }
  if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from) });
  return segments;
}

/** A run of text as the panel writes it: plain, or a term with the characters glued to it. */
export type TextRun =
  { text: string } | { before: string; term: string; termId: string; after: string };

/**
 * Glues to each term the characters that touch it ('("' before, '"),' after), so a line never
 * breaks between a term and its quotation marks or brackets: a term is a button, and a browser
 * may break a line on either side of one.
 */
export function glueTerms(segments: readonly TextSegment[]): TextRun[] {
  const runs: TextRun[] = segments.map((s) =>
    s.termId === undefined
      ? { text: s.text }
      : { before: '', term: s.text, termId: s.termId, after: '' },
  );
  runs.forEach((run, i) => {
    if (!('termId' in run)) return;
    const previous = runs[i - 1];
    if (previous && 'text' in previous) {
      const glued = /\S*$/.exec(previous.text)![0];
      previous.text = previous.text.slice(0, previous.text.length - glued.length);
      run.before = glued;
    }
    const next = runs[i + 1];
    if (next && 'text' in next) {
      const glued = /^\S*/.exec(next.text)![0];
      next.text = next.text.slice(glued.length);
      run.after = glued;
    }
  });
  return runs.filter((run) => !('text' in run) || run.text !== '');
}
