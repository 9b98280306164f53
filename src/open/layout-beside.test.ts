import { describe, expect, it } from 'vitest';
import { layoutAddress, layoutBeside } from './layout-beside';

describe('the layout published beside a linked story', () => {
  it('is the story’s address with .layout.json for .json, without its query', () => {
    expect(layoutAddress('https://news.example/stories/war.json')).toBe(
      'https://news.example/stories/war.layout.json',
    );
    expect(layoutAddress('https://news.example/war.JSON?v=2#x')).toBe(
      'https://news.example/war.layout.json',
    );
    expect(layoutAddress('https://news.example/stories/war.csv')).toBeNull();
    expect(layoutAddress('https://news.example/stories/')).toBeNull();
  });

  const asked: string[] = [];
  const fetchText = (files: Record<string, string>) => (url: string) => {
    asked.push(url);
    return url in files ? Promise.resolve(files[url]!) : Promise.reject(new Error('404'));
  };
  const url = 'https://news.example/war.json';
  const beside = 'https://news.example/war.layout.json';

  it('is asked for only for a story of 300 entities or more', async () => {
    asked.length = 0;
    const files = fetchText({ [beside]: '{"storyId":"war"}' });
    expect(await layoutBeside(url, 299, files)).toBeUndefined();
    expect(asked).toEqual([]);
    expect(await layoutBeside(url, 300, files)).toEqual({ storyId: 'war' });
    expect(asked).toEqual([beside]);
  });

  it('is none when it is missing or is not JSON: the graph lays the story out', async () => {
    expect(await layoutBeside(url, 1000, fetchText({}))).toBeUndefined();
    expect(await layoutBeside(url, 1000, fetchText({ [beside]: '{"storyId":' }))).toBeUndefined();
  });
});
