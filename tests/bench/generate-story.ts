/**
 * A larger story for benchmarks: the real one repeated `factor` times, each copy's events
 * moved by a few weeks and its ids suffixed, so the shape of the story (a few old dates, a
 * busy spring of 2025) holds at 10× and 100× its size. Deterministic: same factor, same data.
 * Past the format's limits on entities and relations (20,000 events need 476 copies, and 5,000
 * entities allow 142), the later copies' events involve the entities of the earlier ones, and
 * bring no relations of their own: the story stays one the app opens.
 */
import type { Story, StoryEvent } from '../../src/model/schema';
import { LIMITS } from '../../src/model/vocabulary';

function shiftIso(iso: string, days: number): string {
  if (iso.length < 10) return iso; // a year or month stays what it is
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function scaledStory(base: Story, factor: number): Story {
  if (factor <= 1) return base;
  const copy = <T extends { id: string }>(items: T[], i: number, map: (x: T) => T) =>
    items.map((x) => map({ ...x, id: i ? `${x.id}-${i}` : x.id }));
  const story: Story = { ...base, entities: [], events: [], relations: [] };
  const sets = Math.min(
    factor,
    Math.floor(LIMITS.entities / Math.max(base.entities.length, 1)),
    Math.floor(LIMITS.relations / Math.max(base.relations.length, 1)),
  );
  for (let i = 0; i < factor; i++) {
    const set = i % sets;
    const sfx = (id: string) => (set ? `${id}-${set}` : id);
    const shift = i ? ((i * 37) % 120) - 60 : 0;
    story.events.push(
      ...copy(base.events, i, (e): StoryEvent => {
        const start = shiftIso(e.date.start, shift);
        const end = e.date.end ? shiftIso(e.date.end, shift) : undefined;
        const date = { ...e.date, start, ...(end && end >= start ? { end } : { end: undefined }) };
        if (!date.end) delete date.end;
        return { ...e, date, entities: e.entities.map((p) => ({ ...p, id: sfx(p.id) })) };
      }),
    );
    if (i >= sets) continue;
    story.entities.push(...copy(base.entities, i, (e) => e));
    story.relations.push(
      ...copy(base.relations, i, (r) => ({
        ...r,
        from: sfx(r.from),
        to: sfx(r.to),
        events: r.events?.map(sfx),
        claim: r.claim && {
          ...r.claim,
          by: r.claim.by.map(sfx),
          disputedBy: r.claim.disputedBy?.map(sfx),
        },
      })),
    );
  }
  for (const e of story.events) if (e.claim) e.claim = { ...e.claim };
  return story;
}
