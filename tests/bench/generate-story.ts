/**
 * A larger story for benchmarks: the real one repeated `factor` times, each copy's events
 * moved by a few weeks and its ids suffixed, so the shape of the story (a few old dates, a
 * busy spring of 2025) holds at 10× and 100× its size. Deterministic: same factor, same data.
 */
import type { Story, StoryEvent } from '../../src/model/schema';

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
  for (let i = 0; i < factor; i++) {
    const sfx = (id: string) => (i ? `${id}-${i}` : id);
    const shift = i ? ((i * 37) % 120) - 60 : 0;
    story.entities.push(...copy(base.entities, i, (e) => e));
    story.events.push(
      ...copy(base.events, i, (e): StoryEvent => {
        const start = shiftIso(e.date.start, shift);
        const end = e.date.end ? shiftIso(e.date.end, shift) : undefined;
        const date = { ...e.date, start, ...(end && end >= start ? { end } : { end: undefined }) };
        if (!date.end) delete date.end;
        return { ...e, date, entities: e.entities.map((p) => ({ ...p, id: sfx(p.id) })) };
      }),
    );
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
