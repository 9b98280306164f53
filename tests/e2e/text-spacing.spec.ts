import { test, expect, type Page } from './support/test';
import { inView, openApp } from './support/app';
import { clashes, type Box } from './support/boxes';
import { VIEWPORTS } from './support/viewports';

/**
 * WCAG 1.4.12 Text Spacing: a reader's own style sheet sets line height 1.5, letter spacing
 * 0.12 em, word spacing 0.16 em and paragraph spacing 2 em, and nothing may be lost. Here the
 * style sheet comes in as a bookmarklet's would, before the app draws; the page is then tried on
 * each screen. The graph draws its names on a canvas, which a style sheet does not reach.
 */
const OVERRIDES =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;' +
  ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

interface Trouble {
  /** Pairs of timeline labels, ticks and lane names drawn over one another. */
  clashes: string[];
  /** Lane names whose text runs out of their lane's band. */
  namesOutOfLane: string[];
  /** Whether the page scrolls sideways. */
  scrollsSideways: boolean;
  /** Whether the header's summary is squeezed under 60 px (a few words). */
  summarySqueezed: boolean;
}

async function trouble(page: Page): Promise<Trouble> {
  const found = await inView(page, 'timeline').evaluate((timeline) => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    // A name's text, not its box: the gutter's box is as tall as its lane whatever the text.
    const textBox = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return box(range.getBoundingClientRect());
    };
    const names = [...timeline.querySelectorAll('.lane-label, .lane-name')].map((el) => ({
      id: `lane name "${el.textContent?.trim()}"`,
      ...textBox(el),
    }));
    const bands = [...timeline.querySelectorAll('.lane-bg')].map((el) =>
      box(el.getBoundingClientRect()),
    );
    const labels = [...timeline.querySelectorAll('text.label, text.tick')].map((el) => ({
      id: `"${el.textContent}"`,
      ...box(el.getBoundingClientRect()),
    }));
    const summary = document.querySelector('.summary')!.getBoundingClientRect();
    return {
      names,
      bands,
      labels,
      scrollsSideways: document.documentElement.scrollWidth > innerWidth,
      summarySqueezed: summary.width < 60,
    };
  });
  const outOfLane = (name: Box, band: Box | undefined) =>
    !band || name.y < band.y - 0.5 || name.y + name.height > band.y + band.height + 0.5;
  return {
    clashes: clashes([...found.names, ...found.labels]),
    namesOutOfLane: found.names.filter((n, i) => outOfLane(n, found.bands[i])).map((n) => n.id),
    scrollsSideways: found.scrollsSideways,
    summarySqueezed: found.summarySqueezed,
  };
}

test('with the WCAG text-spacing overrides, nothing overlaps, is cut or scrolls sideways', async ({
  page,
}) => {
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    });
  }, OVERRIDES);
  const svg = inView(page, 'timeline').locator('svg.timeline-svg');
  const width = async () => Number(await svg.getAttribute('width'));
  let before = 0;
  for (const [i, viewport] of VIEWPORTS.entries()) {
    await page.setViewportSize(viewport);
    if (i === 0) await openApp(page);
    // The timeline has taken the new screen's width before its labels are read.
    await expect.poll(width).not.toBe(before);
    before = await width();
    await expect
      .poll(() => trouble(page), { message: `at ${viewport.width} × ${viewport.height}` })
      .toEqual({
        clashes: [],
        namesOutOfLane: [],
        scrollsSideways: false,
        summarySqueezed: false,
      });
  }
});
