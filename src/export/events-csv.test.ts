import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { buildIndex } from '../model/indexes';
import { miniStory } from '../../tests/fixtures/mini-story';
import { eventsCsv } from './events-csv';

const story = miniStory();
const indexed = { story, index: buildIndex(story) };
const spring = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) };
const april14 = { start: Date.UTC(2025, 3, 14), end: Date.UTC(2025, 3, 15) };

describe('the window’s events as CSV', () => {
  it('hold the window’s events as CSV, a row each in reading order, dated as the page dates them', () => {
    expect(eventsCsv(indexed, spring, en).split('\r\n')).toEqual([
      '\uFEFFdate,title,summary,sources',
      'about March 2025,Ana invokes the Act,Ana invoked it.,A report',
      '20 March 2025 to about 10 April 2025,Ana and Ben hold talks,They talked for weeks.,A report',
      '14 April 2025 at 11:00,Ana meets Ben,They met.,A report',
      '',
    ]);
    expect(eventsCsv(indexed, null, en).split('\r\n')).toHaveLength(6);
  });

  it('quote a cell that holds a comma, and name a source with its publisher', () => {
    const s = miniStory();
    s.sources[0]!.publisher = 'AFP';
    s.events[0]!.summary = 'They met, and talked.';
    const csv = eventsCsv({ story: s, index: buildIndex(s) }, april14, en);
    expect(csv.split('\r\n')[1]).toBe(
      '14 April 2025 at 11:00,Ana meets Ben,"They met, and talked.",AFP: A report',
    );
  });
});
