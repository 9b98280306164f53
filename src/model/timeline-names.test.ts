import { describe, expect, it } from 'vitest';
import { eventName, timelineName } from './sentences';
import { en } from '../i18n/en';
import { buildIndex } from './indexes';
import { miniStory } from '../../tests/fixtures/mini-story';

describe('the timeline’s names', () => {
  const events = buildIndex(miniStory()).eventsInOrder;

  it('names an event by its title and its date in words', () => {
    expect(events.map((e) => eventName(e, en))).toEqual([
      'The Act signed, 6 July 1798',
      'Ana invokes the Act, about March 2025',
      'Ana and Ben hold talks, 20 March 2025 to about 10 April 2025',
      'Ana meets Ben, 14 April 2025 at 11:00',
    ]);
  });

  it('names the listbox by its events’ count and first and last dates', () => {
    expect(timelineName(events, en)).toBe('Timeline: 4 events from 6 July 1798 to 14 April 2025');
    expect(timelineName([], en)).toBe('Timeline: 0 events from  to ');
  });
});
