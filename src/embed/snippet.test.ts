import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet';

describe('the embed code', () => {
  it('is one iframe at the view and one script, from the explainer’s own folder', () => {
    expect(
      embedSnippet(
        'https://news.example/aea/index.html?entity=x',
        '?entity=kilmar-abrego-garcia&from=2025-03&to=2025-04',
        'Trump & Bukele: "an explainer"',
      ),
    ).toBe(
      [
        '<iframe data-aea-explainer src="https://news.example/aea/?embed&amp;entity=kilmar-abrego-garcia&amp;from=2025-03&amp;to=2025-04"',
        '  title="Trump &amp; Bukele: &quot;an explainer&quot;"',
        '  style="width: 100%; height: 760px; border: 0"></iframe>',
        '<script src="https://news.example/aea/embed.js" defer></script>',
      ].join('\n'),
    );
  });

  it('embeds the whole story when nothing is chosen', () => {
    expect(embedSnippet('https://news.example/aea/', '', 'T').split('\n')[0]).toBe(
      '<iframe data-aea-explainer src="https://news.example/aea/?embed"',
    );
  });
});
