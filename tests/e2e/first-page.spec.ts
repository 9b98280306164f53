import { test, expect } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { ENTITY_IDS, EVENTS, EVENT_IDS } from './support/expected';
import { loadBundledStory } from './support/story';
import { boxesOf, clashes } from './support/boxes';

const { story } = loadBundledStory();

test('the tables these tests expect describe data/story.json as it stands', () => {
  // If this fails, the data changed: bring support/expected.ts and the tables in the specs
  // in line with it, checking each by hand.
  expect([...EVENT_IDS].sort()).toEqual(story.events.map((e) => e.id).sort());
  expect(ENTITY_IDS).toEqual(story.entities.map((e) => e.id));
});

test.describe('the first page in Chromium', () => {
  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
    test.describe(`in ${timezoneId}`, () => {
      test.use({ timezoneId });

      test('lists every event in date order with its date in words', async ({ page }) => {
        await openApp(page);
        await page.getByRole('tab', { name: 'Lists' }).click();
        const items = inView(page, 'list').locator('li[data-event-id]');
        await expect(items).toHaveCount(EVENTS.length);
        const ids = await items.evaluateAll((els) =>
          els.map((el) => el.getAttribute('data-event-id')),
        );
        expect(ids).toEqual(EVENT_IDS);
        const dates = await items.locator('time').allTextContents();
        expect(dates).toEqual(EVENTS.map(([, date]) => date));
        await expect(
          page.locator('[data-event-id="trump-bukele-white-house-meeting"] time'),
        ).toHaveText('14 April 2025');
      });
    });
  }

  test('shows every problem of an invalid dataset in the error panel', async ({ page }) => {
    const broken = structuredClone(story);
    broken.events[0]!.entities[0]!.id = 'nayib-bukle';
    broken.events[1]!.date.start = '2025-02-30';
    await page.route('**/story*.json', (route) => route.fulfill({ json: broken }));
    await page.goto('./');
    const panel = page.getByRole('alert');
    await expect(panel).toContainText('events[0].entities[0].id');
    await expect(panel).toContainText('unknown entity "nayib-bukle"');
    await expect(panel).toContainText('2025-02-30');
    await expect(panel.locator('li')).toHaveCount(2);
  });

  test('shows where a dataset that is not JSON breaks', async ({ page }) => {
    await page.route('**/story*.json', (route) =>
      route.fulfill({ body: '{\n  "id": "x"\n  "title": "y"\n}', contentType: 'application/json' }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText(/not valid JSON at line 3, column 3/);
  });

  test('explains a dataset the server cannot deliver', async ({ page }) => {
    await page.route('**/story*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('the server answered 404');
  });

  test('requests nothing from any other host', async ({ page, baseURL }) => {
    const hosts = new Set<string>();
    page.on('request', (req) => hosts.add(new URL(req.url()).host));
    await openApp(page);
    expect([...hosts]).toEqual([new URL(baseURL!).host]);
  });

  test('asks for the story once, from the HTML, not after its script has run', async ({ page }) => {
    const stories: string[] = [];
    page.on('request', (req) => {
      if (/\/story-[\w-]+\.json$/.test(new URL(req.url()).pathname)) stories.push(req.url());
    });
    await openApp(page);
    expect(stories).toHaveLength(1);
    // The preload link asked for it (initiator "link"); the script's fetch took that response.
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/story-[\w-]+\.json$/.test(new URL(e.name).pathname))
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link']);
  });

  test('keeps the page still while the story loads: only the skeleton is seen', async ({
    page,
  }) => {
    // Every layout shift the page makes by itself (not after a reader's input), summed.
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!e.hadRecentInput) shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The story held back until the page has drawn itself waiting for it, as on a slow network.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/story-[\w-]+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByText('Loading the story…')).toBeAttached();
    await page.evaluate(
      () => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
    );
    release();
    // Every view drawn, and what comes after the timeline (the side panel's tabs, the header's
    // actions) too: the same page as openApp's, without loading it again.
    await expect(readyStage(page)).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('[role="tablist"]')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Embed this view' })).toBeVisible();
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    // A good score is under 0.1 (web.dev's Core Web Vitals); the page, waiting, moved by 0.09.
    expect(shifts.reduce((sum, v) => sum + v, 0)).toBeLessThan(0.02);
  });

  test('validates its story only when the file is not the one its build validated', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (req) => {
      const name = new URL(req.url()).pathname.split('/').pop()!;
      if (name.endsWith('.js')) scripts.push(name.replace(/-[\w-]{8}\.js$/, ''));
    });
    await openApp(page);
    // The page, the views after its first paint, the graph: no zod, no rules (src/model/load.ts).
    expect(scripts).toEqual(expect.arrayContaining(['index', 'deferred-views', 'Graph']));
    expect(scripts).not.toContain('validate');

    // The same story changed on the server after the build: valid, and validated.
    const changed = { ...structuredClone(story), title: 'A story changed after the build' };
    await page.route('**/story*.json', (route) => route.fulfill({ json: changed }));
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(changed.title);
    expect(scripts).toContain('validate');
  });
});

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
] as const) {
  test(`shows every header control whole, none over another, at ${width}×${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const controls = page.locator(
      'header .summary-row > :is(button, a, input), header .summary-row > * > :is(button, input)',
    );
    const boxes = (await boxesOf(controls)).filter((b) => b.width > 0);
    expect(boxes.length).toBeGreaterThanOrEqual(7);
    expect(clashes(boxes)).toEqual([]);
    expect(boxes.filter((b) => b.x < 0 || b.x + b.width > width).map((b) => b.id)).toEqual([]);
    // A button squeezed narrower than its words spills them over its neighbour.
    const spilled = await controls.evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent?.trim()),
    );
    expect(spilled).toEqual([]);
  });
}
