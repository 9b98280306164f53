import { describe, expect, it } from 'vitest';
import { validateTranslation } from './translation';
import { miniStory } from '../../tests/fixtures/mini-story';
import { miniTranslation } from '../../tests/fixtures/mini-translation';

const problemsOf = (data: unknown) => {
  const result = validateTranslation(miniStory(), data);
  return result.ok ? [] : result.problems;
};

describe('a translation of a story', () => {
  it('gives the story in Spanish, with the same ids, dates and quotes', () => {
    const result = validateTranslation(miniStory(), miniTranslation());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { story, quotes } = result;
    expect(story.language).toBe('es');
    expect(story.title).toBe('Una mini historia');
    expect(story.entities.map((e) => [e.id, e.name, e.description])).toEqual([
      ['ana', 'Ana', 'Una presidenta.'],
      ['ben', 'Ben', 'Otro presidente.'],
      ['the-act', 'La Ley', 'Una ley antigua.'],
    ]);
    const invoked = story.events[2]!;
    expect(invoked.entities).toEqual([{ id: 'ana', role: 'quien la invoca' }, { id: 'the-act' }]);
    expect(invoked.claim).toEqual({
      by: ['ana'],
      disputedBy: ['ben'],
      status: 'disputed',
      note: 'Ben no está de acuerdo.',
    });
    expect(invoked.date).toEqual({ start: '2025-03', basis: 'stated', approximate: true });
    expect(story.events[0]!.date.note).toBe('El reporte dice "Monday" (lunes).');
    expect(story.relations.map((r) => r.label)).toEqual(['invocó', 'es aliada de']);
    // A source's headline stays as published unless the translation gives one.
    expect(story.sources.map((s) => s.title)).toEqual(['A report', 'Una referencia']);
    // Quotes stay in the source's words; their translation is beside them, by those words.
    expect(story.events[0]!.sources).toEqual([{ source: 'report', quote: 'on Monday' }]);
    expect(quotes.get('on Monday')).toBe('el lunes');
    // A reference's note is the explainer's own text, so it is translated in place.
    expect(story.entities[2]!.sources).toEqual([{ source: 'ref', note: 'Firmada en 1798.' }]);
    expect(story.terms![0]!.forms).toEqual(['invoca', 'invocó']);
  });

  it('reports an untranslated item, and an untranslated field, each with its path', () => {
    const t = miniTranslation();
    delete (t.events as Partial<typeof t.events>).talks;
    delete (t.events.meeting as Partial<typeof t.events.meeting>).dateNote;
    expect(problemsOf(t)).toEqual([
      {
        path: 'events.meeting.dateNote',
        message: "is not translated (the story's events[0].date.note)",
      },
      { path: 'events.talks', message: 'is not translated (the story\'s events[3], "talks")' },
    ]);
  });

  it('gives a short title in the reader’s language, and asks for one where the story has one', () => {
    const story = miniStory();
    story.events[0]!.shortTitle = 'Ana and Ben';
    const t = miniTranslation();
    expect(validateTranslation(story, t)).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'events.meeting.shortTitle',
          message: "is not translated (the story's events[0].shortTitle)",
        },
      ],
    });
    Object.assign(t.events.meeting, { shortTitle: 'Ana y Ben' });
    const result = validateTranslation(story, t);
    expect(result.ok && result.story.events[0]!.shortTitle).toBe('Ana y Ben');
    Object.assign(t.events.meeting, { shortTitle: 'Ana y Ben se reúnen en la Casa Blanca' });
    expect(validateTranslation(story, t)).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'events.meeting.shortTitle',
          message: 'must be at most 30 characters, as the timeline shows it whole',
        },
      ],
    });
  });

  it('reports an id the story does not have, with its path and the nearest id', () => {
    const t = miniTranslation();
    Object.assign(t.events, { talk: { title: 'Charla', summary: 'Una charla.' } });
    expect(problemsOf(t)).toEqual([
      {
        path: 'events.talk',
        message: `names "talk", which is not an id of the story's events`,
        fix: 'Did you mean "talks"?',
      },
    ]);
  });

  it('reports an untranslated quote at its place in the story, and a stale one by its words', () => {
    const t = miniTranslation();
    delete (t.quotes as Partial<typeof t.quotes>)['weeks of talks'];
    Object.assign(t.quotes, { 'week of talks': 'una semana de conversaciones' });
    expect(problemsOf(t)).toEqual([
      {
        path: 'quotes.weeks of talks',
        message: "is not translated (the story's events[3].sources[0].quote)",
        fix: 'Add it to "quotes", with its original words as the key.',
      },
      {
        path: 'quotes.week of talks',
        message: 'is not a quote of the story: a quote is keyed by its exact words',
        fix: 'The story has a close one: its words have changed; translate them again.',
      },
    ]);
  });

  it('refuses a translation of text the story does not have, and an unknown field', () => {
    const t = miniTranslation();
    Object.assign(t.events.talks, { note: 'Una nota.', sumary: 'Conversaron.' });
    expect(problemsOf(t)).toEqual([
      {
        path: 'events.talks.sumary',
        message: 'is not a field that can be translated here',
        fix: 'Did you mean "summary"?',
      },
      {
        path: 'events.talks.note',
        message: 'has nothing to translate: the story has no events[3].note',
      },
    ]);
  });

  it('keeps quotation marks for the sources’ own words: a translation in them is refused', () => {
    const t = miniTranslation();
    t.events.meeting.dateNote = 'El reporte dice "el lunes".';
    expect(problemsOf(t)).toEqual([
      {
        path: 'events.meeting.dateNote',
        message:
          "puts “el lunes” in quotation marks, but these are not the words of the story's sources",
        fix: 'Quotation marks hold only the original words, as the story quotes them; tell a translated quote without them, or give it in brackets after the original.',
      },
    ]);
  });

  it('names the story it translates, in a language other than the story’s own', () => {
    expect(problemsOf({ ...miniTranslation(), of: 'other-story', language: 'en' })).toEqual([
      { path: 'language', message: `is the story's own language, "en"` },
      {
        path: 'of',
        message: 'must be the id of the story it translates, "mini-story"',
        fix: 'Write "of": "mini-story".',
      },
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const data of [null, 3, 'es', [], { events: [] }, { quotes: 'x' }]) {
      expect(validateTranslation(miniStory(), data).ok).toBe(false);
    }
  });
});
