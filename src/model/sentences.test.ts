import { describe, expect, it } from 'vitest';
import { buildIndex } from './indexes';
import { announcement, dateLine, periodLine, relationSentence, windowReadout } from './sentences';
import { en } from '../i18n/en';
import { miniStory } from '../../tests/fixtures/mini-story';

const story = miniStory();
const index = buildIndex(story);

describe('the sentences about items', () => {
  it('announce each kind of selection, and its clearing', () => {
    expect(announcement(index, { kind: 'entity', id: 'ana' }, en)).toBe(
      'Selected Ana: 2 events, 2 relations',
    );
    expect(announcement(index, { kind: 'entity', id: 'ben' }, en)).toBe(
      'Selected Ben: 1 event, 1 relation',
    );
    expect(announcement(index, { kind: 'event', id: 'meeting' }, en)).toBe(
      'Selected Ana meets Ben, 14 April 2025: 2 involved',
    );
    expect(announcement(index, { kind: 'relation', id: 'ana-invoked-act' }, en)).toBe(
      'Selected relation: Ana invoked The Act; 1 event',
    );
    expect(announcement(index, null, en)).toBe('Selection cleared');
  });

  it('write a relation as a sentence', () => {
    expect(relationSentence(index, 'ana-allied-with-ben', en)).toBe('Ana allied with Ben');
  });

  it('say how sure a date is and where it comes from', () => {
    expect(dateLine(story.events[0]!.date, en)).toBe(
      '14 April 2025, exact day, inferred: The report says "Monday".',
    );
    expect(dateLine(story.events[1]!.date, en)).toBe(
      '6 July 1798, exact day, from a public reference',
    );
    expect(dateLine(story.events[2]!.date, en)).toBe(
      'about March 2025, approximate, known to the month, stated in the source',
    );
  });

  it('say when a relation held', () => {
    expect(periodLine('2025-03', undefined, en)).toBe('from March 2025');
    expect(periodLine(undefined, '1945', en)).toBe('until 1945');
    expect(periodLine('1798', '1945', en)).toBe('1798 to 1945');
    expect(periodLine('2025-04-14', '2025-04-14', en)).toBe('14 April 2025');
    expect(periodLine(undefined, undefined, en)).toBe('no dates given: holds throughout the story');
  });

  it('read out what the graph shows of the time window', () => {
    const window = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) };
    const active = {
      entities: new Set(['ana', 'the-act']),
      relations: new Set<string>(),
      events: new Set<string>(),
    };
    expect(windowReadout({ filterByWindow: true, window, active }, 3, en)).toBe(
      'Showing March 2025: 2 of 3 people and organisations',
    );
    expect(windowReadout({ filterByWindow: true, window: null, active: null }, 3, en)).toBe(
      'Showing the whole story: all 3 people and organisations',
    );
    expect(windowReadout({ filterByWindow: false, window, active }, 3, en)).toBe(
      'Graph not filtered by time: all 3 people and organisations',
    );
  });
});
