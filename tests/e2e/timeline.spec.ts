import { test, expect, newPage, type Page } from './support/test';
import { openApp } from './support/app';
import { boxesOf, clashes, overlaps } from './support/boxes';
import { EVENTS, EVENT_IDS, LAST_DAYS } from './support/expected';
import { VIEWPORTS } from './support/viewports';

const timeline = '[data-view="timeline"]';

/** The events of April 2025 (from the tariffs on the 2nd to the meeting on the 14th). */
const APRIL = [
  'tariffs-on-el-salvador',
  'arriaza-hopes-for-tariff-clarity',
  'court-orders-abrego-garcia-return',
  'tariff-takes-effect',
  'chief-justice-pauses-return-order',
  'supreme-court-vacates-tros',
  'leavitt-says-partnership-on-agenda',
  'supreme-court-facilitate-order',
  'xinis-amends-return-order',
  'rubio-ten-more-criminals-arrive',
  'trump-saturday-post',
  'rubio-praises-alliance',
  'trump-bukele-white-house-meeting',
  'bukele-refuses-to-return-abrego-garcia',
  'miller-monday-morning-remarks',
  'protest-outside-white-house',
  'rubio-foreign-policy-not-courts',
  'white-house-emails-deportee-list',
];

for (const viewport of VIEWPORTS) {
  test.describe(`the timeline at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // Every view drawn, the graph too: what the timeline measures must not move under it.
    test.beforeEach(async ({ page }) => {
      await openApp(page);
    });

    test('gives every event exactly one visible mark inside the timeline', async ({ page }) => {
      const marks = await boxesOf(page.locator(`${timeline} [data-event-id]`));
      expect(marks.map((m) => m.id).sort()).toEqual([...EVENT_IDS].sort());
      const frame = (await page.locator(`${timeline} svg.timeline-svg`).boundingBox())!;
      for (const m of marks) {
        expect(m.width, m.id).toBeGreaterThan(4);
        expect(m.x, m.id).toBeGreaterThanOrEqual(frame.x - 1);
        expect(m.x + m.width, m.id).toBeLessThanOrEqual(frame.x + frame.width + 1);
        expect(m.x + m.width, m.id).toBeLessThanOrEqual(viewport.width);
      }
    });

    test('shows 1798, the Second World War and the Monday meeting at once', async ({ page }) => {
      for (const id of [
        'alien-enemies-act-signed',
        'alien-enemies-act-used-in-wwii',
        'trump-bukele-white-house-meeting',
      ]) {
        await expect(page.locator(`${timeline} [data-event-id="${id}"]`)).toBeInViewport();
      }
    });

    test('never lets two visible labels overlap, nor any run off the page', async ({ page }) => {
      const labels = await boxesOf(page.locator(`${timeline} text.label`));
      const ticks = await boxesOf(page.locator(`${timeline} text.tick`));
      for (const group of [labels, ticks]) {
        for (let i = 0; i < group.length; i++) {
          expect(group[i]!.x).toBeGreaterThanOrEqual(0);
          expect(group[i]!.x + group[i]!.width).toBeLessThanOrEqual(viewport.width);
          for (let j = i + 1; j < group.length; j++) {
            expect(overlaps(group[i]!, group[j]!), `${group[i]!.id} / ${group[j]!.id}`).toBe(false);
          }
        }
      }
      const box = (await page.locator(timeline).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    });

    test('zooms to days with the keyboard, and resets to the whole story', async ({ page }) => {
      const frame = page.locator(`${timeline} [role="listbox"]`);
      await frame.focus();
      const positions = () =>
        page.locator(`${timeline} [data-event-id]`).evaluateAll((els) => {
          const origin = els[0]!.closest('svg')!.getBoundingClientRect();
          return els.map((el) => {
            const r = el.getBoundingClientRect();
            return [Math.round(r.x - origin.x), Math.round(r.y - origin.y), Math.round(r.width)];
          });
        });
      const before = await positions();
      await page.keyboard.press('End');
      for (let i = 0; i < 14 && (await frame.getAttribute('data-tick-unit')) !== 'day'; i++) {
        await page.keyboard.press('+');
      }
      await expect(frame).toHaveAttribute('data-tick-unit', 'day');
      await expect(page.locator(`${timeline} text.tick[data-unit="day"]`).first()).toBeVisible();
      await page.keyboard.press('0');
      await expect(frame).toHaveAttribute('data-zoom', '1.000');
      expect(await positions()).toEqual(before);
    });

    test('shows the name of a focused event whose label has no room', async ({ page }) => {
      const labelled = new Set(
        await page
          .locator(`${timeline} text.label`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-label-for'))),
      );
      // The arrows go through the events in date order.
      const hidden = EVENTS.findIndex(([id]) => !labelled.has(id));
      expect(hidden).toBeGreaterThanOrEqual(0);
      await page.locator(`${timeline} [role="listbox"]`).focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < hidden; i++) await page.keyboard.press('ArrowRight');
      const [, , title] = EVENTS[hidden]!;
      await expect(page.locator(`${timeline} .tip`)).toContainText(title);
      await expect(page.locator(`${timeline} .tip`)).toBeInViewport();
    });

    // A phone has room for one label a row; there the focus test above is what holds.
    if (viewport.width >= 640)
      test('names more of early April when zoomed in on it', async ({ page }) => {
        // 2–11 April: the court orders and tariffs before the last days, which are named already.
        const early = new Set(APRIL.slice(0, 9));
        const labelledEarly = async () =>
          (
            await page
              .locator(`${timeline} text.label`)
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-label-for')))
          ).filter((id) => early.has(id!)).length;
        const before = await labelledEarly();
        await page.locator(`${timeline} [role="listbox"]`).focus();
        await page.keyboard.press('Home');
        const target = EVENT_IDS.indexOf('supreme-court-vacates-tros');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
        for (let i = 0; i < 3; i++) await page.keyboard.press('+');
        await expect.poll(labelledEarly).toBeGreaterThan(before);
      });

    test('writes labels at 14 px or more', async ({ page }) => {
      const sizes = await page
        .locator(
          `${timeline} text.label, ${timeline} text.tick, ${timeline} .lane-label, ${timeline} .lane-name`,
        )
        .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) expect(s).toBeGreaterThanOrEqual(14);
    });
  });
}

// The story's first event and its last days are named on the whole story, labels apart.
for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test(`names 1798 and the last days at the default view, ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openApp(page);
    const labels = await boxesOf(page.locator(`${timeline} text.label`));
    const ids = labels.map((l) => l.id);
    expect(ids).toContain('alien-enemies-act-signed');
    expect(LAST_DAYS.filter((id) => ids.includes(id)).length).toBeGreaterThanOrEqual(5);
    expect(clashes(labels)).toEqual([]);
  });
}

test.describe('the timeline in two time zones', () => {
  async function readDates(page: Page) {
    await openApp(page);
    const marks = page.locator(`${timeline} [data-event-id]`);
    const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const frame = page.locator(`${timeline} [role="listbox"]`);
    await frame.focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    const zoom = await frame.getAttribute('data-zoom');
    const ticks = await page.locator(`${timeline} text.tick`).allTextContents();
    return { names, zoom, ticks };
  }

  test('shows identical dates in Los Angeles and Tokyo', async ({ browser }) => {
    const results = await Promise.all(
      ['America/Los_Angeles', 'Asia/Tokyo'].map(async (timezoneId) => {
        const page = await newPage(browser, { timezoneId, viewport: { width: 1280, height: 720 } });
        try {
          return await readDates(page);
        } finally {
          await page.context().close();
        }
      }),
    );
    // Each mark is named with its title and its date in words, in UTC: 6 July 1798 is not
    // 5 July in Los Angeles.
    expect(results[0]!.names).toEqual(EVENTS.map(([, date, title]) => `${title}, ${date}`));
    expect(results[1]).toEqual(results[0]);
    expect(results[0]!.ticks.length).toBeGreaterThan(2);
  });
});

test('selects an event with a click and with Enter', async ({ page }) => {
  await openApp(page);
  const mark = page.locator(`${timeline} [data-event-id="alien-enemies-act-signed"]`);
  await mark.click();
  await expect(mark).toHaveAttribute('data-state', 'selected');
  const frame = page.locator(`${timeline} [role="listbox"]`);
  await frame.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  // End is the last event in date order: the list of deportees, 14 April 2025.
  const last = 'white-house-emails-deportee-list';
  await expect(page.locator(`${timeline} [data-event-id="${last}"]`)).toHaveAttribute(
    'data-state',
    'selected',
  );
  await page.keyboard.press('Escape');
  await expect(page.locator(`${timeline} [data-state="selected"]`)).toHaveCount(0);
});
