import { test, expect, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { bigStory } from '../fixtures/big-story';

const asFile = (name: string, story: object) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(story)),
});
/**
 * A fifth of the generator's full size (3,000 entities, 5,000 relations, 1,200 events), laid out
 * the same way (past 300 entities: the quick draft, no squeezing): two loads of the whole one
 * take 15 s on a quiet machine, twice that on a busy one.
 */
const MEDIUM = asFile(
  'medium-story.json',
  bigStory({ entities: 600, relations: 1000, events: 240 }),
);

/**
 * Half of the full size, for the layout seen in progress: the whole one passed at 30.0 s of its
 * 30 s on this machine at load 8 (and failed at load 10 or more), so it would fail on a slower
 * one. Its figures at full size belong to npm run bench.
 */
const HALF = asFile('half-story.json', bigStory({ entities: 1500, relations: 2500, events: 600 }));

const progressBar = (page: Page) =>
  page.getByRole('progressbar', { name: 'Laying out the graph…' });

/**
 * Opens a story with the file picker's input. The graph's stage shown before is marked, so that
 * the new one can be told from it when both stories have the same title.
 */
async function openLaidOut(page: Page, file: typeof HALF): Promise<void> {
  await readyStage(page).evaluate((el) => el.setAttribute('data-test-before', ''));
  await page.getByTestId('open-story-input').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A big story');
}

/** The new story's graph, laid out and drawn. */
const newReadyStage = (page: Page) =>
  inView(page, 'graph').locator('.stage[data-ready="true"]:not([data-test-before])');

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
  test('lays its graph out off the page’s thread: the bar moves, the timeline answers, then the graph', async ({
    page,
  }) => {
    await openApp(page);
    // Every value the bar takes, from the moment it appears.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { barValues: string[] }).barValues = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="layout-progress"]');
        const value = bar?.getAttribute('aria-valuenow');
        if (value && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await openLaidOut(page, HALF);
    await expect(progressBar(page)).toBeVisible({ timeout: 15_000 });

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

    // Then the graph, drawn, and the bar gone.
    await expect(newReadyStage(page)).toBeVisible({ timeout: 25_000 });
    await expect(progressBar(page)).toHaveCount(0);
    await expect(inView(page, 'graph').locator('[data-entity-id]').first()).toBeVisible();
    const values = await page.evaluate(
      () => (window as unknown as { barValues: string[] }).barValues,
    );
    console.log(`the bar took the values ${values.join(', ')}`);
    expect(values.length, `the bar moved: ${values.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(values.map(Number)).toEqual([...values.map(Number)].sort((a, b) => a - b));
  });

  test('gives the same positions to every node on two loads of the same file', async ({ page }) => {
    await openApp(page);
    await openLaidOut(page, MEDIUM);
    await expect(newReadyStage(page)).toBeVisible({ timeout: 20_000 });
    const first = await placesInView(page);
    expect(first.length).toBeGreaterThan(10);
    await openLaidOut(page, MEDIUM);
    await expect(newReadyStage(page)).toBeVisible({ timeout: 20_000 });
    expect(await placesInView(page)).toEqual(first);
  });
});
