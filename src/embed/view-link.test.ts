import { describe, expect, it } from 'vitest';
import { fullPageUrl } from './view-link';

describe('the link to a view', () => {
  it('drops what only the embed needs, keeping the view and the host’s own parameters', () => {
    expect(fullPageUrl('https://news.example/aea/?embed&frameId=f&entity=ana&utm=x')).toBe(
      'https://news.example/aea/?entity=ana&utm=x',
    );
    expect(fullPageUrl('https://news.example/aea/embed/?childId=c&initialWidth=600&event=e')).toBe(
      'https://news.example/aea/?event=e',
    );
    expect(fullPageUrl('https://news.example/aea/embed/index.html')).toBe(
      'https://news.example/aea/',
    );
  });
});
