import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineRedirect } from '../../scripts/vite-inline-redirect';

/** Runs the plugin's HTML hook on a page, as `vite build` does for the page at `path`. */
function transform(html: string, path: string): string {
  const hook = inlineRedirect().transformIndexHtml as {
    handler: (html: string, context: { path: string }) => string;
  };
  return hook.handler(html, { path });
}

const page = readFileSync('index.html', 'utf8');

describe('the sandbox redirect written into the page', () => {
  it('fills index.html’s placeholder with the script, first in <head>', () => {
    const out = transform(page, '/index.html');
    expect(out).toContain(
      "<script data-sandbox-redirect>if(self.origin==='null'&&!/\\/embed\\/(index\\.html)?$/.test(location.pathname)){window.stop();location.replace('embed/'+location.search+location.hash)}</script>",
    );
    expect(out.indexOf('data-sandbox-redirect')).toBeLessThan(out.indexOf('<link'));
    expect(out).not.toContain('<script data-sandbox-redirect></script>');
  });

  it('allows that script, by its hash, and no other inline script', () => {
    const out = transform(page, '/index.html');
    expect(out).toContain(
      "script-src 'self' 'sha256-Z6GXGO5As9KN9ms26ZlieoE0Vl2jJL1MLZ/ZTjiU73s=';",
    );
    const scriptSrc = /script-src [^;]*/.exec(out)?.[0];
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  it('stops the build of an index.html that has lost its placeholder', () => {
    expect(() => transform('<html><head></head></html>', '/index.html')).toThrow(
      'index.html has no redirect script to fill',
    );
  });

  it('leaves other pages (the bench’s) as they are', () => {
    const bench = readFileSync('tests/bench/app.html', 'utf8');
    expect(transform(bench, '/tests/bench/app.html')).toBe(bench);
  });
});
