import { test, expect } from './support/test';
import { inView, openApp } from './support/app';
import { clashes } from './support/boxes';

/**
 * A 1024×768 projector with the browser zoomed to 150 %, as a teacher does for the back row:
 * the page has 683×512 CSS pixels, drawn at 1.5 device pixels each. The timeline starts on the
 * first screen and the graph on the second, and nothing lies over anything else.
 */
test.use({ viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5 });

test('at 150 % zoom on a projector, the timeline and the graph are each a screen away', async ({
  page,
}) => {
  await openApp(page);
  const top = async (view: 'timeline' | 'graph') =>
    (await inView(page, view).evaluate((el) => el.getBoundingClientRect().top)) as number;
  const screen = 512;
  expect(await top('timeline')).toBeLessThan(screen * 0.75);
  expect(await top('graph')).toBeLessThan(2 * screen * 0.75);
  const layout = await page.evaluate(() => {
    const box = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const views = ['timeline', 'graph', 'details'].map((v) =>
      box(document.querySelector(`[data-view="${v}"]`)!, v),
    );
    const actions = [...document.querySelectorAll('header button, header input')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => box(el, el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id));
    return { views, actions, sideways: document.documentElement.scrollWidth > innerWidth };
  });
  expect(clashes(layout.views)).toEqual([]);
  expect(clashes(layout.actions)).toEqual([]);
  expect(layout.sideways).toBe(false);
});
