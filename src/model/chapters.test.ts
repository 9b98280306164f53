import { describe, expect, it } from 'vitest';
import { chapterById, chapterView, showsChapter, spanBetween } from './chapters';
import { validateStory } from './validate';
import { miniStoryWithChapters } from '../../tests/fixtures/mini-chapters';

const story = miniStoryWithChapters();
const [law, invocation, meeting, wordsOnly] = story.chapters!;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('what a chapter shows', () => {
  it('is a valid story, for every test that steps through it', () => {
    expect(validateStory(story).ok).toBe(true);
  });

  it('selects its item, windows its dates whole and frames its entities', () => {
    expect(chapterView(law!)).toEqual({
      selection: { kind: 'event', id: 'act-signed' },
      window: { start: utc(1798, 1, 1), end: utc(1799, 1, 1) },
      focus: ['the-act'],
    });
    expect(chapterView(invocation!)).toEqual({
      selection: { kind: 'relation', id: 'ana-invoked-act' },
      window: { start: utc(2025, 3, 1), end: utc(2025, 4, 1) },
      focus: ['ana', 'the-act'],
    });
    expect(chapterView(meeting!)).toEqual({
      selection: { kind: 'entity', id: 'ben' },
      window: { start: utc(2025, 4, 14), end: utc(2025, 4, 15) },
      focus: [],
    });
  });

  it('clears the selection and shows the whole story when it names neither', () => {
    expect(chapterView(wordsOnly!)).toEqual({ selection: null, window: null, focus: [] });
  });

  it('reads a window from the first instant of `from` to the end of `to`', () => {
    expect(spanBetween('2025-04', '2025-04-14')).toEqual({
      start: utc(2025, 4, 1),
      end: utc(2025, 4, 15),
    });
    expect(spanBetween('2025-02-30', '2025')).toBeNull();
  });

  it('is told apart from a view the reader has explored to', () => {
    const own = chapterView(law!);
    expect(showsChapter(own, law!)).toBe(true);
    expect(showsChapter({ ...own, selection: null }, law!)).toBe(false);
    expect(showsChapter({ ...own, window: null }, law!)).toBe(false);
    expect(showsChapter({ selection: null, window: null }, wordsOnly!)).toBe(true);
  });

  it('is found by its id, and no chapter by null or an unknown id', () => {
    expect(chapterById(story, 'the-meeting')?.title).toBe('The meeting');
    expect(chapterById(story, 'nope')).toBeUndefined();
    expect(chapterById(story, null)).toBeUndefined();
  });
});
