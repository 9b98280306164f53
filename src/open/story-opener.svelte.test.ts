import { describe, expect, it, vi } from 'vitest';
import { bigStory } from '../../tests/fixtures/big-story';
import { miniStory } from '../../tests/fixtures/mini-story';
import { en } from '../i18n/en';
import type { LoadOutcome } from '../model/load';
import { validateStory } from '../model/validate';
import { storyToSheets } from './csv-story';
import { StoryOpener } from './story-opener.svelte';

const PAGE = 'https://news.example/aea/';

/** A language whose interface text is held back until the test lets it come. */
const gate = vi.hoisted(() => ({ language: '', waiting: false, open: () => {} }));
vi.mock('../i18n/messages', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../i18n/messages')>();
  return {
    ...actual,
    loadMessages: async (language: string) => {
      if (language === gate.language) {
        gate.waiting = true;
        await new Promise<void>((resolve) => (gate.open = resolve));
      }
      return actual.loadMessages(language);
    },
  };
});

/** The explainer's own story, as App's loader gives it (here the mini story, renamed). */
function bundled(): LoadOutcome {
  return { file: 'story.json', ...validateStory({ ...miniStory(), id: 'own-story' }) };
}

/** An opener over a page at `search`, with a fetch that answers `files`, recording what it shows. */
function setUp(search = '', files: Record<string, string> = {}) {
  const address = { search, replaced: [] as string[] };
  const shown: LoadOutcome[] = [];
  const fetchText = vi.fn(async (url: string) => {
    const text = files[url];
    if (text === undefined) throw new Error('the server answered 404');
    return text;
  });
  const opener = new StoryOpener({
    bundled: async () => bundled(),
    fetchText,
    show: (o) => void shown.push(o),
    m: en,
    address: {
      search: () => address.search,
      href: () => `${PAGE}${address.search}`,
      replace(s) {
        address.search = s;
        address.replaced.push(s);
      },
    },
  });
  return { opener, address, shown, fetchText };
}

const idOf = (o: LoadOutcome) => (o.ok ? o.story.id : `problems: ${o.file}`);
const file = (name: string, text: string) => new File([text], name);
const storyFile = (id: string) => file(`${id}.json`, JSON.stringify({ ...miniStory(), id }));

describe('the story on loading the page', () => {
  it('is the explainer’s own without ?story=', async () => {
    const { opener, fetchText } = setUp('?entity=ana');
    expect(idOf(await opener.load())).toBe('own-story');
    expect(opener.source).toEqual({ kind: 'bundled' });
    expect(fetchText).not.toHaveBeenCalled();
  });

  it('is the link’s story file when it is on this site and valid', async () => {
    const text = JSON.stringify({ ...miniStory(), id: 'linked' });
    const { opener, fetchText } = setUp('?story=stories/mine.json', {
      [`${PAGE}stories/mine.json`]: text,
    });
    expect(idOf(await opener.load())).toBe('linked');
    expect(fetchText).toHaveBeenCalledWith(`${PAGE}stories/mine.json`);
    expect(opener.source).toEqual({ kind: 'link', path: 'stories/mine.json' });
    // The mini story's alliance has neither dates nor events: a warning, told apart.
    expect(opener.report?.errors).toEqual([]);
    expect(opener.report?.warnings.map((w) => [w.file, w.line, w.path])).toEqual([
      ['mine.json', 1, 'relations[1]'],
    ]);
  });

  it('brings a big story’s layout file published beside it, and asks none for a small one', async () => {
    const big = bigStory({ entities: 300, relations: 400, events: 10 });
    const layout = { storyId: big.id, positions: {}, leftLabels: [] };
    const { opener, fetchText } = setUp('?story=stories/big.json', {
      [`${PAGE}stories/big.json`]: JSON.stringify(big),
      [`${PAGE}stories/big.layout.json`]: JSON.stringify(layout),
    });
    const outcome = await opener.load();
    expect(outcome.ok && outcome.layout).toEqual(layout);
    expect(fetchText.mock.calls.map(([url]) => url)).toEqual([
      `${PAGE}stories/big.json`,
      `${PAGE}stories/big.layout.json`,
    ]);

    const small = setUp('?story=stories/mine.json', {
      [`${PAGE}stories/mine.json`]: JSON.stringify({ ...miniStory(), id: 'linked' }),
    });
    const shown = await small.opener.load();
    expect(shown.ok && shown.layout).toBeUndefined();
    expect(small.fetchText).toHaveBeenCalledTimes(1);
  });

  it('opens a big story with no layout file beside it, to be laid out in the browser', async () => {
    const big = bigStory({ entities: 300, relations: 400, events: 10 });
    const { opener } = setUp('?story=stories/big.json', {
      [`${PAGE}stories/big.json`]: JSON.stringify(big),
    });
    const outcome = await opener.load();
    expect(idOf(outcome)).toBe(big.id);
    expect(outcome.ok && outcome.layout).toBeUndefined();
  });

  it('refuses a story on another site with the reason, never fetching it, and shows its own', async () => {
    const { opener, fetchText } = setUp('?story=https://evil.example/story.json');
    expect(idOf(await opener.load())).toBe('own-story');
    expect(fetchText).not.toHaveBeenCalled();
    expect(opener.report?.files).toBe('https://evil.example/story.json');
    expect(opener.report?.errors.map((p) => p.message)).toEqual([
      'the link asks for a story from another site (https://evil.example). Only a story file on this site can be opened from a link, so nothing was fetched; the explainer’s own story is shown',
    ]);
  });

  it('shows its own story, and the link story’s problems with their lines, when that is broken', async () => {
    const { opener } = setUp('?story=mine.json', { [`${PAGE}mine.json`]: '{"id": "x",}' });
    expect(idOf(await opener.load())).toBe('own-story');
    expect(opener.report?.errors.map((p) => [p.file, p.line, p.column])).toEqual([
      ['mine.json', 1, 11],
    ]);
    const missing = setUp('?story=gone.json');
    expect(idOf(await missing.opener.load())).toBe('own-story');
    expect(missing.opener.report?.errors[0]?.message).toBe(
      'the story named in the link could not be loaded (the server answered 404); the explainer’s own story is shown',
    );
  });
});

describe('a story the reader opens', () => {
  it('replaces the one shown, with the last story’s view dropped from the address', async () => {
    const { opener, shown, address } = setUp('?story=old.json&entity=ana&from=2025-03&lang=en');
    await opener.openFiles([storyFile('mine')]);
    expect(shown.map(idOf)).toEqual(['mine']);
    expect(address.replaced).toEqual(['?lang=en']);
    expect(opener.source).toEqual({ kind: 'file', files: ['mine.json'] });
    expect(opener.report?.opened).toEqual({ title: 'A mini story', events: 4, entities: 3 });
    expect(opener.report?.local).toBe(true);
    // App reads the story again on a change of language: the opened one stays.
    expect(idOf(await opener.load())).toBe('mine');
  });

  it('opens a story’s CSV sheets', async () => {
    const { opener, shown } = setUp();
    const sheets = storyToSheets(miniStory()).map((s) => file(s.name, s.text));
    await opener.openFiles(sheets);
    expect(shown.map(idOf)).toEqual(['mini-story']);
    expect(opener.source).toEqual({ kind: 'file', files: sheets.map((f) => f.name) });
  });

  it('never replaces the story shown with broken files: it reports every problem instead', async () => {
    const { opener, shown, address } = setUp('?entity=ana');
    const sheets = storyToSheets(miniStory()).map((s) =>
      file(s.name, s.name === 'events.csv' ? s.text.replace('2025-04-14,', 'April 14,') : s.text),
    );
    await opener.openFiles(sheets);
    expect(shown).toEqual([]);
    expect(address.replaced).toEqual([]);
    expect(opener.report?.files).toBe('8 CSV files');
    expect(opener.report?.errors.map((p) => [p.file, p.row, p.header])).toEqual([
      ['events.csv', 2, 'date'],
    ]);
    expect(opener.report?.asked).toBe(true);
  });

  it('shows the files chosen last when two choices are read at once', async () => {
    const { opener, shown } = setUp();
    await Promise.all([
      opener.openFiles([storyFile('first')]),
      opener.openFiles([storyFile('second')]),
    ]);
    expect(shown.map(idOf)).toEqual(['second']);
  });

  it('shows the files chosen last while the first choice’s interface text is still coming', async () => {
    const { opener, shown } = setUp();
    const spanish = JSON.stringify({ ...miniStory(), id: 'primero', language: 'es' });
    gate.language = 'es';
    const first = opener.openFiles([file('primero.json', spanish)]);
    await vi.waitFor(() => expect(gate.waiting).toBe(true));
    await opener.openFiles([storyFile('second')]);
    gate.open();
    await first;
    gate.language = '';
    expect(shown.map(idOf)).toEqual(['second']);
    expect(opener.source).toEqual({ kind: 'file', files: ['second.json'] });
  });

  it('goes back to the explainer’s own story, afresh', async () => {
    const { opener, shown, address } = setUp();
    await opener.openFiles([storyFile('mine')]);
    address.search = '?event=meeting';
    await opener.backToDefault();
    expect(shown.map(idOf)).toEqual(['mine', 'own-story']);
    expect(address.search).toBe('');
    expect(opener.source).toEqual({ kind: 'bundled' });
    expect(opener.report).toBeNull();
  });

  it('gives the focus back to its control when the reader dismisses what it said', async () => {
    const { opener } = setUp();
    await opener.openFiles([file('notes.txt', 'hello')]);
    expect(opener.report?.errors.map((p) => p.file)).toEqual(['notes.txt']);
    opener.wantsFocus = false;
    opener.dismiss();
    expect(opener.report).toBeNull();
    expect(opener.wantsFocus).toBe(true);
  });
});
