import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineFirstScript } from '../../scripts/vite-first-script';

/** Runs the plugin's HTML hook on a page, as `vite build` does for the page at `path`. */
function transform(html: string, path: string): string {
  const hook = inlineFirstScript().transformIndexHtml as {
    handler: (html: string, context: { path: string }) => string;
  };
  return hook.handler(html, { path });
}

const page = readFileSync('index.html', 'utf8');

describe('the first script written into the page', () => {
  it('fills index.html’s placeholder with the redirect and the warm-up, first in <head>', () => {
    const out = transform(page, '/index.html');
    expect(out).toContain(
      "<script data-first-script>if(self.origin==='null'&&!/\\/embed\\/(index\\.html)?$/.test(location.pathname)){window.stop();location.replace('embed/'+location.search+location.hash)}" +
        "setTimeout(function(){new Intl.DateTimeFormat(void 0,{timeZone:'UTC',year:'numeric',month:'short',day:'numeric'}).format(0);'a'.localeCompare('b')})</script>",
    );
    expect(out.indexOf('data-first-script')).toBeLessThan(out.indexOf('<link'));
    expect(out).not.toContain('<script data-first-script></script>');
  });

  it('allows that script, by its hash, and no other inline script', () => {
    const out = transform(page, '/index.html');
    expect(out).toContain(
      "script-src 'self' 'sha256-ZSoGzmh9c8yAPe54GNVGbgYjnT3PZlSWF59z61CdW/k=';",
    );
    const scriptSrc = /script-src [^;]*/.exec(out)?.[0];
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  it('stops the build of an index.html that has lost its placeholder', () => {
    expect(() => transform('<html><head></head></html>', '/index.html')).toThrow(
      'index.html has no first script to fill',
    );
  });

  it('leaves other pages (the bench’s) as they are', () => {
    const bench = readFileSync('tests/bench/app.html', 'utf8');
    expect(transform(bench, '/tests/bench/app.html')).toBe(bench);
  });
});
