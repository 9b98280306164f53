import { describe, expect, it } from 'vitest';
import { buildIndex } from './indexes';
import {
  announcement,
  claimLine,
  dateLine,
  periodLine,
  pictureCaption,
  pictureCredit,
  relationSentence,
  windowReadout,
} from './sentences';
import { en } from '../i18n/en';
import { miniStory } from '../../tests/fixtures/mini-story';

const story = miniStory();
const index = buildIndex(story);

describe('the sentences about items', () => {
  it('announce each kind of selection, and its clearing', () => {
    expect(announcement(index, { kind: 'entity', id: 'ana' }, en)).toBe(
      'Selected Ana: 3 events, 2 relations',
    );
    expect(announcement(index, { kind: 'entity', id: 'ben' }, en)).toBe(
      'Selected Ben: 2 events, 1 relation',
    );
    expect(announcement(index, { kind: 'event', id: 'meeting' }, en)).toBe(
      'Selected Ana meets Ben, 14 April 2025 at 11:00: 2 involved',
    );
    expect(announcement(index, { kind: 'relation', id: 'ana-invoked-act' }, en)).toBe(
      'Selected relation: Ana invoked The Act; 1 event',
    );
    expect(announcement(index, null, en)).toBe('Selection cleared');
  });

  it('write a relation as a sentence', () => {
    expect(relationSentence(index, 'ana-allied-with-ben', en)).toBe('Ana allied with Ben');
  });

  it('say a relation’s claim in words, and nothing for a plain fact', () => {
    expect(claimLine(index, 'ana-allied-with-ben', en)).toBe('claim by Ana');
    expect(claimLine(index, 'ana-invoked-act', en)).toBeUndefined();
    const disputed = buildIndex({
      ...story,
      relations: story.relations.map((r) =>
        r.claim ? { ...r, claim: { ...r.claim, disputedBy: ['ben', 'the-act'] } } : r,
      ),
    });
    expect(claimLine(disputed, 'ana-allied-with-ben', en)).toBe(
      'claim by Ana, disputed by Ben, The Act',
    );
  });

  it('say how sure a date is and where it comes from', () => {
    expect(dateLine(story.events[0]!.date, en)).toBe('14 April 2025 at 11:00, exact day, inferred');
    expect(dateLine(story.events[1]!.date, en)).toBe(
      '6 July 1798, exact day, from a public reference',
    );
    expect(dateLine(story.events[2]!.date, en)).toBe(
      'about March 2025, approximate, known to the month, stated in the source',
    );
    expect(dateLine(story.events[3]!.date, en)).toBe(
      '20 March 2025 to about 10 April 2025, end approximate, exact day, stated in the source',
    );
  });

  it('say when a relation held: its dates, else its events, else throughout', () => {
    const periodOf = (start?: string, end?: string, events?: string[]) => {
      const s = miniStory();
      Object.assign(s.relations[1]!, { start, end, events });
      return periodLine(buildIndex(s), 'ana-allied-with-ben', en);
    };
    expect(periodOf('2025-03')).toBe('from March 2025');
    expect(periodOf(undefined, '1945')).toBe('until 1945');
    expect(periodOf('1798', '1945')).toBe('1798 to 1945');
    expect(periodOf('2025-04-14', '2025-04-14')).toBe('14 April 2025');
    expect(periodOf(undefined, undefined, ['meeting'])).toBe('14 April 2025, as its events show');
    expect(periodOf(undefined, undefined, ['meeting', 'act-invoked'])).toBe(
      'March 2025 to 14 April 2025, as its events show',
    );
    expect(periodOf()).toBe('no dates given: holds throughout the story');
  });

  it('say which end of a span is uncertain, and the hour where it is known', () => {
    const date = { start: '2025-03', end: '2025-05', basis: 'reference' as const };
    expect(dateLine({ ...date, approximate: 'end' }, en)).toBe(
      'March 2025 to about May 2025, end approximate, known to the month, from a public reference',
    );
    expect(dateLine({ ...date, approximate: 'start' }, en)).toBe(
      'about March 2025 to May 2025, start approximate, known to the month, from a public reference',
    );
    expect(dateLine({ start: '2025-03-15', time: '17:26', basis: 'stated' }, en)).toBe(
      '15 March 2025 at 17:26, exact day, stated in the source',
    );
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

  it('caption a picture of a view with the selection and the period it shows', () => {
    const window = { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) };
    const active = {
      entities: new Set(['ana', 'the-act']),
      relations: new Set<string>(),
      events: new Set<string>(),
    };
    const ana = { kind: 'entity' as const, id: 'ana' };
    const state = { selection: ana, filterByWindow: true, window, active };
    expect(pictureCaption('timeline', index, state, en)).toBe(
      'Ana selected · March 2025 to April 2025',
    );
    expect(pictureCaption('graph', index, state, en)).toBe(
      'Ana selected · Showing March 2025 to April 2025: 2 of 3 people and organisations',
    );
    const whole = { selection: null, filterByWindow: true, window: null, active: null };
    expect(pictureCaption('timeline', index, whole, en)).toBe('The whole story');
    const meeting = { ...whole, selection: { kind: 'event' as const, id: 'meeting' } };
    expect(pictureCaption('timeline', index, meeting, en)).toBe(
      'Ana meets Ben selected · The whole story',
    );
    const relation = { ...whole, selection: { kind: 'relation' as const, id: 'ana-invoked-act' } };
    expect(pictureCaption('timeline', index, relation, en)).toBe(
      'Ana invoked The Act selected · The whole story',
    );
  });

  it('credit a picture to the reports by name and the references by number', () => {
    expect(pictureCredit(story, undefined, en)).toBe(
      'Sources: A report; 1 public reference · as of 14 April 2025',
    );
    expect(pictureCredit(story, 'https://example.org/aea/?entity=ana', en)).toBe(
      'Sources: A report; 1 public reference · as of 14 April 2025 · https://example.org/aea/?entity=ana',
    );
  });
});
