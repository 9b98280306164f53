import { test, expect, type Page } from './support/test';
import { activeOption, inView, readyStage } from './support/app';
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
 * A big story of the reader's own: past 300 entities, and with no stored layout, it is laid out
 * in the layout worker. A sixth of the size the issue names (3,000 entities, 5,000 relations):
 * at that size a load takes 10 s on a quiet 2-core machine and over 30 beside another test, so
 * its figures, and two loads compared, are npm run bench's (scripts/bench-own-story.ts).
 */
const BIG = bigStory({ entities: 500, relations: 800, events: 100 });
/**
 * Its layout's fingerprint (the graph stage's data-layout): recorded from a load of this file,
 * and the same when Node lays the file out (computeLayout, then layoutFingerprint, from
 * src/graph/layout). A load that draws another picture fails here. A change to the layout's
 * algorithm changes it: record the new one then, on purpose.
 */
const BIG_LAYOUT = 'a99e38a0';

const progressBar = (page: Page) =>
  page.getByRole('progressbar', { name: 'Laying out the graph…' });

test.describe('a big story of the reader’s own, opened in the browser', () => {
  test('500 entities: laid out off the page’s thread, drawn when done, the same every time', async ({
    page,
  }) => {
    await serveStory(page, 'big-story.json', BIG);
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
    await page.goto('./?story=big-story.json');

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
    // logged, not asserted (a threshold in milliseconds fails on a slow machine): npm run bench
    // measures it, beside a layout of this size.
    expect(layingOut, 'the layout was still running when the zoom was answered').toBe(true);

    // The graph is drawn once laid out, and the bar goes. Its values, read as they came, only
    // ever grew, through at least three.
    await expect(readyStage(page)).toBeVisible({ timeout: 25_000 });
    await expect(progressBar(page)).toHaveCount(0);
    const values = await page.evaluate(
      () => (window as unknown as { barValues: string[] }).barValues,
    );
    console.log(`the bar took the values ${values.join(', ')}`);
    expect(values.length, `the bar moved: ${values.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(values.map(Number)).toEqual([...values.map(Number)].sort((a, b) => a - b));
    expect(await inView(page, 'graph').locator('[data-entity-id]').count()).toBeGreaterThan(10);
    // The same picture as every earlier load of the file, to the last position and label side.
    await expect(readyStage(page)).toHaveAttribute('data-layout', BIG_LAYOUT);
  });
});

test.describe('a story of many events', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('its marks are drawn on a canvas, and a click on one selects its event', async ({
    page,
  }) => {
    // Past 200 events the marks are one canvas: a click is placed by its point in the plot.
    await serveStory(
      page,
      'many-events.json',
      bigStory({ entities: 40, relations: 60, events: 400 }),
    );
    await page.goto('./?story=many-events.json');
    const timeline = inView(page, 'timeline');
    await expect(timeline.locator('canvas.marks-canvas')).toBeVisible({ timeout: 15_000 });
    // The keyboard's cursor shows where an event's mark is drawn: the first, whose dot is at
    // the plot's very start, half of it left of the plot.
    const listbox = timeline.getByRole('listbox');
    await listbox.focus();
    await page.keyboard.press('Home');
    const first = await activeOption(listbox);
    expect(first).toBe('event-0000');
    const ring = await timeline.locator('.focus-ring').boundingBox();
    expect(ring).not.toBeNull();
    // Its left half: 5 px left of its centre (the ring is 5 px outside the dot).
    await page.mouse.click(ring!.x + ring!.width / 2 - 5, ring!.y + ring!.height / 2);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${first}(&|$)`));
  });
});
