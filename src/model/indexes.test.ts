import { describe, expect, it } from 'vitest';
import { buildIndex } from './indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

describe('the story indexes', () => {
  const index = buildIndex(miniStory());

  it('orders events by date, oldest first', () => {
    expect(index.eventsInOrder.map((e) => e.id)).toEqual([
      'act-signed',
      'act-invoked',
      'talks',
      'meeting',
    ]);
  });

  it('lists the events of an entity in date order', () => {
    expect(index.eventsOfEntity.get('ana')).toEqual(['act-invoked', 'talks', 'meeting']);
    expect(index.eventsOfEntity.get('the-act')).toEqual(['act-signed', 'act-invoked']);
  });

  it('lists the entities of an event and the relations that name it', () => {
    expect(index.entitiesOfEvent.get('act-invoked')).toEqual(['ana', 'the-act']);
    expect(index.relationsOfEvent.get('act-invoked')).toEqual(['ana-invoked-act']);
    expect(index.relationsOfEvent.get('meeting')).toBeUndefined();
  });

  it('joins neighbours both ways and lists relations of each end', () => {
    expect(index.neighboursOfEntity.get('ben')).toEqual(['ana']);
    expect(index.neighboursOfEntity.get('ana')).toEqual(['the-act', 'ben']);
    expect(index.relationsOfEntity.get('the-act')).toEqual(['ana-invoked-act']);
  });

  it('gives relations open ends where no dates are known', () => {
    expect(index.relationSpan.get('ana-allied-with-ben')).toEqual({
      start: -Infinity,
      end: Infinity,
    });
    const invoked = index.relationSpan.get('ana-invoked-act')!;
    expect(new Date(invoked.start).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(invoked.end).toBe(Infinity);
  });

  it('puts events of one day in their stated order, then by time, then by title', () => {
    const story = miniStory();
    const day = (title: string, extra: object) => ({
      ...story.events[0]!,
      id: title.toLowerCase(),
      title,
      date: { start: '2025-03-15', basis: 'stated' as const, ...extra },
    });
    story.events = [
      day('Aa untimed', {}),
      day('Flights', { time: '17:26' }),
      day('Proclamation', { order: 1 }),
      day('Court order', { time: '09:00' }),
      day('Zz second', { order: 2 }),
    ];
    expect(buildIndex(story).eventsInOrder.map((e) => e.title)).toEqual([
      'Proclamation',
      'Zz second',
      'Court order',
      'Flights',
      'Aa untimed',
    ]);
  });

  it('gives an undated relation the period of its events', () => {
    const story = miniStory();
    delete story.relations[0]!.start;
    const span = buildIndex(story).relationSpan.get('ana-invoked-act')!;
    expect(new Date(span.start).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(new Date(span.end).toISOString()).toBe('2025-04-01T00:00:00.000Z');
  });

  it('spans the whole story, from its first day to the end of its last', () => {
    expect(new Date(index.extent.start).toISOString()).toBe('1798-07-06T00:00:00.000Z');
    expect(new Date(index.extent.end).toISOString()).toBe('2025-04-15T00:00:00.000Z');
  });
});
