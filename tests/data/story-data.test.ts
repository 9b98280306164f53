import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStoryText } from '../../src/model/validate';
import { buildIndex } from '../../src/model/indexes';
import { activeInWindow } from '../../src/model/time-window';
import type { Citation, Story } from '../../src/model/schema';

const text = readFileSync(resolve('data/story.json'), 'utf8');
const result = validateStoryText(text);
const story = (result.ok ? result.story : JSON.parse(text)) as Story;

describe('data/story.json', () => {
  it('passes the validator', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has the four events the story turns on, dated as the sources allow', () => {
    const byId = new Map(story.events.map((e) => [e.id, e]));
    expect(byId.get('alien-enemies-act-signed')?.date.start).toBe('1798-07-06');
    const war = byId.get('alien-enemies-act-used-in-wwii')?.date;
    expect(war?.start.startsWith('1941')).toBe(true);
    expect(war?.end).toBeDefined();
    expect(byId.get('aea-invoked-against-tren-de-aragua')?.date.start).toMatch(/^2025-03/);
    expect(byId.get('trump-bukele-white-house-meeting')?.date).toMatchObject({
      start: '2025-04-14',
      basis: 'inferred',
    });
  });

  it('tells about two dozen events, each with a basis for its date and a citation', () => {
    expect(story.events.length).toBeGreaterThanOrEqual(22);
    for (const event of story.events) {
      expect(event.date.basis, event.id).toMatch(/^(stated|inferred|reference)$/);
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      if (event.date.basis === 'inferred') expect(event.date.note, event.id).toBeTruthy();
      if (event.date.basis === 'reference') {
        const kinds = event.sources.map((c) => story.sources.find((s) => s.id === c.source)?.kind);
        expect(kinds, event.id).toContain('reference');
      }
    }
  });

  it('names every reference source with its publisher, title and address', () => {
    const references = story.sources.filter((s) => s.kind === 'reference');
    expect(references.length).toBeGreaterThan(0);
    for (const s of references) {
      expect(s.publisher, s.id).toBeTruthy();
      expect(s.title, s.id).toBeTruthy();
      expect(s.url, s.id).toMatch(/^https?:\/\//);
    }
  });

  it('names no publisher for the report whose text names none', () => {
    const reports = story.sources.filter((s) => s.kind === 'report');
    expect(reports).toHaveLength(2);
    expect(reports.filter((s) => s.publisher === undefined)).toHaveLength(1);
    expect(reports.find((s) => s.publisher)?.publisher).toBe('AFP');
  });

  it('stores contested points as claims with who makes them', () => {
    const claims = [...story.events, ...story.relations].filter((x) => x.claim);
    expect(claims.length).toBeGreaterThanOrEqual(5);
    expect(claims.some((x) => x.claim!.disputedBy?.length)).toBe(true);
    expect(claims.some((x) => x.claim!.status === 'admitted')).toBe(true);
  });

  it('shows in the window 1941–1948 only what held then, nothing of 2019–2025', () => {
    const index = buildIndex(story);
    const window = { start: Date.UTC(1941, 0, 1), end: Date.UTC(1949, 0, 1) };
    const active = activeInWindow(index, window);
    // The Second World War's use of the Act, and nothing else: no deportee, president or
    // court of the story's own years is active then.
    expect([...active.events].sort()).toEqual(['alien-enemies-act-used-in-wwii']);
    expect([...active.entities].sort()).toEqual(['alien-enemies-act', 'united-states']);
    expect([...active.relations]).toEqual([]);
  });

  it('gives every relation a period: its own dates or the events that show it', () => {
    for (const r of story.relations) {
      const dated = r.start !== undefined || r.end !== undefined;
      expect(dated || (r.events?.length ?? 0) > 0, r.id).toBe(true);
    }
  });

  it('tells 15 March 2025 in its true order', () => {
    const index = buildIndex(story);
    const day = index.eventsInOrder.filter((e) => e.date.start === '2025-03-15').map((e) => e.id);
    expect(day).toEqual([
      'boasberg-shields-five-venezuelans',
      'aea-invoked-against-tren-de-aragua',
      'deportation-flights-to-cecot',
      'abrego-garcia-deported-by-mistake',
      'boasberg-blocks-removals-under-act',
    ]);
  });

  it('compares the two reports point by point: agreements, differences and what one alone says', () => {
    const comparisons = story.comparisons ?? [];
    expect(comparisons.length).toBeGreaterThanOrEqual(8);
    expect(new Set(comparisons.map((c) => c.verdict))).toEqual(
      new Set(['agree', 'differ', 'one-only']),
    );
    const reports = story.sources.filter((s) => s.kind === 'report').map((s) => s.id);
    for (const c of comparisons)
      expect(c.reports.map((r) => r.source).sort(), c.id).toEqual(reports.sort());
  });

  it('explains the words a student asked about, each definition with a source', () => {
    const terms = new Map((story.terms ?? []).map((t) => [t.id, t]));
    for (const id of [
      'remittances',
      'withholding-of-removal',
      'facilitate',
      'temporary-restraining-order',
      'foreign-terrorist-organization',
      'state-of-exception',
    ]) {
      expect(terms.get(id)?.sources.length, id).toBeGreaterThan(0);
    }
  });

  it('keeps both reports’ counts of the deportees, each with its source', () => {
    const quotes = allCitations(story).map((c) => c.quote ?? '');
    expect(quotes.some((q) => q.includes('around 250 alleged Tren de Aragua members'))).toBe(true);
    expect(quotes.some((q) => q.includes('over 250 migrants'))).toBe(true);
  });
});

function allCitations(s: Story): Citation[] {
  return [
    ...[...s.entities, ...s.events, ...s.relations, ...(s.terms ?? [])].flatMap((x) => x.sources),
    ...(s.comparisons ?? []).flatMap((c) => c.reports),
  ];
}

/** The seeds README: `\$` and `$` are one character, as are straight and curly quotes. */
export function normaliseForQuote(s: string): string {
  return s
    .replace(/\\\$/g, '$')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const seedsDir = resolve('../shared/seeds');
const SEED_FILES: Record<string, string> = {
  'report-washington-dateline': '000_d6d009439b8b083c.txt',
  'afp-preview': '003_b57316d73bd39c35.txt',
};

describe.skipIf(!existsSync(seedsDir))('quotes against the seed reports in ../shared/seeds', () => {
  it('finds every quote of a report verbatim in the report it cites', () => {
    const seeds = new Map(
      Object.entries(SEED_FILES).map(([id, file]) => [
        id,
        normaliseForQuote(readFileSync(resolve(seedsDir, file), 'utf8')),
      ]),
    );
    const missing: string[] = [];
    let checked = 0;
    for (const citation of allCitations(story)) {
      if (citation.quote === undefined) continue;
      const kind = story.sources.find((s) => s.id === citation.source)?.kind;
      // A reference's quote is checked by hand against the page it names (its url); the two
      // reports are here, and every word quoted from them is checked.
      if (kind === 'reference') continue;
      const seed = seeds.get(citation.source);
      expect(seed, `quote cites ${citation.source}, which is not a seed report`).toBeDefined();
      checked++;
      if (!seed!.includes(normaliseForQuote(citation.quote))) {
        missing.push(`${citation.source}: ${citation.quote}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('treats an escaped dollar and curly quotes as the seeds README says', () => {
    expect(normaliseForQuote('received \\$6 million for ‘x’ “y”')).toBe(
      `received $6 million for 'x' "y"`,
    );
  });
});
