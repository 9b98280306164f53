import { test, expect, type Page } from './support/test';
import { inView, readyStage } from './support/app';
import { bigStory } from '../fixtures/big-story';

/**
 * Serves a story at a path of the page's own site, for `?story=` to open: the way an author
 * links a story of their own, and quicker than the bundled story first and then the file picker
 * (the picker's own path is open-story.spec.ts's).
 */
async function serveStory(page: Page, path: string, story: object): Promise<void> {
  const body = JSON.stringify(story);
  await page.route(`**/${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}
/**
 * Past 300 entities a story is laid out as a big one is (the quick draft, no squeezing), in the
 * layout worker. A sixth of the generator's full size (3,000 entities, 5,000 relations, 1,200
 * events), for the layout seen in progress: half the full size ran past 30 s at load 10 on this
 * 2-core machine, and at load 15 even 320 entities took 6 s to read and 7 s to lay out. The
 * figures at full size belong to npm run bench.
 */
const MEDIUM = bigStory({ entities: 500, relations: 800, events: 100 });

/** Just past 300 entities: laid out the same way, and quicker to lay out and draw. */
const SMALL_BIG = bigStory({ entities: 305, relations: 400, events: 40 });

const progressBar = (page: Page) =>
  page.getByRole('progressbar', { name: 'Laying out the graph…' });

/** Where each entity in view is drawn, as the graph's overlay places its option. */
async function placesInView(page: Page): Promise<[string, number, number][]> {
  return inView(page, 'graph')
    .locator('[data-entity-id]')
    .evaluateAll((els) =>
      els
        .map((el): [string, number, number] => {
          const box = el.getBoundingClientRect();
          return [el.getAttribute('data-entity-id')!, Math.round(box.x), Math.round(box.y)];
        })
        .sort((a, b) => a[0].localeCompare(b[0])),
    );
}

test.describe('a big story of the reader’s own, opened in the browser', () => {
  test('lays its graph out off the page’s thread: the bar moves and the timeline answers', async ({
    page,
  }) => {
    await serveStory(page, 'medium-story.json', MEDIUM);
    // Every value the bar takes, from the moment it appears.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { barValues: string[] }).barValues = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="layout-progress"]');
        const value = bar?.getAttribute('aria-valuenow');
        if (value && seen.at(-1) !== value) seen.push(value);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto('./?story=medium-story.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A big story');
    await expect(progressBar(page)).toBeVisible();

    // A keyboard zoom on the timeline while the layout runs: the time from the key press (the
    // event's own time stamp, which counts any wait for a busy page) to the timeline's new zoom.
    const timeline = inView(page, 'timeline').getByRole('listbox');
    await timeline.focus();
    await timeline.evaluate((el) => {
      const probe: { pressed?: number; answered?: number; layingOut?: boolean } = {};
      (window as unknown as { zoomProbe: typeof probe }).zoomProbe = probe;
      el.addEventListener('keydown', (e) => (probe.pressed ??= e.timeStamp), { capture: true });
      new MutationObserver(() => {
        probe.answered ??= performance.now();
        probe.layingOut ??= document.querySelector('[data-testid="layout-progress"]') !== null;
      }).observe(el, { attributes: true, attributeFilter: ['data-zoom'] });
    });
    await page.keyboard.press('+');
    const probe = () =>
      page.evaluate(() => (window as unknown as { zoomProbe: Record<string, unknown> }).zoomProbe);
    await expect.poll(async () => (await probe()).answered).toBeDefined();
    const { pressed, answered, layingOut } = (await probe()) as Record<string, number | boolean>;
    const latency = (answered as number) - (pressed as number);
    console.log(`keyboard zoom answered in ${latency.toFixed(1)} ms during the layout`);
    // Answered while the layout still ran: the page's thread was free. The latency itself is
    // logged, not asserted (29-79 ms quiet, 200-300 ms at 4x CPU throttling or load 10): a
    // threshold in milliseconds fails on a slow machine; it belongs to npm run bench.
    expect(layingOut, 'the layout was still running when the zoom was answered').toBe(true);

    // The bar moves on (its drawing, once laid out, is the next test's). Its values, read as
    // they come, only ever grow.
    const barValues = () =>
      page.evaluate(() => (window as unknown as { barValues: string[] }).barValues);
    await expect.poll(async () => (await barValues()).length).toBeGreaterThanOrEqual(3);
    const values = await barValues();
    console.log(`the bar took the values ${values.join(', ')}`);
    expect(values.length, `the bar moved: ${values.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(values.map(Number)).toEqual([...values.map(Number)].sort((a, b) => a - b));
  });

  // The same file gives the same positions on every load: src/graph/layout.test.ts runs the
  // worker's function twice past 300 entities (two loads here took 27-29 s of the 30 beside a
  // looping build, the layout worker most of it).
  test('draws it once laid out, and the bar goes', async ({ page }) => {
    await serveStory(page, 'small-big-story.json', SMALL_BIG);
    await page.goto('./?story=small-big-story.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A big story');
    // Laying out a big story can take most of the test on a busy machine.
    await expect(readyStage(page)).toBeVisible({ timeout: 20_000 });
    await expect(progressBar(page)).toHaveCount(0);
    expect((await placesInView(page)).length).toBeGreaterThan(10);
  });
});
