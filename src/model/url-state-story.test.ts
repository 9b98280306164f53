import { describe, expect, it } from 'vitest';
import { searchForNewStory, serializeUrlState, storyLink, storyParams } from './url-state';

const PAGE = 'https://news.example/explainers/aea/?story=x';

describe('?story=: a story file on this site, opened from a link', () => {
  it.each([
    ['stories/mine.json', 'https://news.example/explainers/aea/stories/mine.json'],
    ['./mine.json', 'https://news.example/explainers/aea/mine.json'],
    ['../other/story.json', 'https://news.example/explainers/other/story.json'],
    ['/shared/story.json', 'https://news.example/shared/story.json'],
    ['https://news.example/a/story.json', 'https://news.example/a/story.json'],
    ['mine.json?v=2', 'https://news.example/explainers/aea/mine.json?v=2'],
  ])('opens %j, on the same site, as %s', (path, url) => {
    expect(storyLink(`?story=${encodeURIComponent(path)}`, PAGE)).toEqual({
      kind: 'same-site',
      url,
      path,
    });
  });

  it.each([
    ['https://evil.example/story.json', 'https://evil.example'],
    ['//evil.example/story.json', 'https://evil.example'],
    ['http://news.example/story.json', 'http://news.example'],
    ['https://news.example:8443/story.json', 'https://news.example:8443'],
    ['data:application/json,{}', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['file:///home/ana/story.json', 'file:'],
  ])('refuses %j, from %s, before anything is fetched', (path, origin) => {
    expect(storyLink(`?story=${encodeURIComponent(path)}`, PAGE)).toEqual({
      kind: 'refused',
      path,
      origin,
    });
  });

  it('asks for nothing without the parameter, or with it empty', () => {
    expect(storyLink('', PAGE)).toEqual({ kind: 'none' });
    expect(storyLink('?entity=ana', PAGE)).toEqual({ kind: 'none' });
    expect(storyLink('?story=', PAGE)).toEqual({ kind: 'none' });
    expect(storyLink('?story=%20', PAGE)).toEqual({ kind: 'none' });
  });
});

describe('the address for a story just put on screen', () => {
  it('drops the last story’s view and names the new story’s file, keeping other parameters', () => {
    expect(
      searchForNewStory(
        '?embed&entity=ana&from=2025-03&to=2025-04&filter=off&chapter=one&lang=es',
        'stories/mine.json',
      ),
    ).toBe('?embed=&lang=es&story=stories%2Fmine.json');
  });

  it('drops the story parameter for a story with no file on the site', () => {
    expect(searchForNewStory('?story=old.json&event=meeting', null)).toBe('');
    expect(searchForNewStory('?frameId=a&relation=r', null)).toBe('?frameId=a');
  });
});

describe('the links the page gives, for a story named by ?story=', () => {
  it('keep the story and drop every other parameter of the address', () => {
    const search = '?embed&story=stories%2Fmine.json&entity=ana&lang=es';
    expect(storyParams(search)).toBe('?story=stories%2Fmine.json');
    expect(storyParams('?entity=ana')).toBe('');
    const view = { selection: { kind: 'entity', id: 'ana' }, window: null, filterByWindow: true };
    expect(serializeUrlState(view as never, storyParams(search))).toBe(
      '?story=stories%2Fmine.json&entity=ana',
    );
  });
});
