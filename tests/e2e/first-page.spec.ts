import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateStoryText } from '../../src/model/validate';
import { formatStoryDate } from '../../src/model/dates';

const text = readFileSync(resolve('data/story.json'), 'utf8');
const result = validateStoryText(text);
if (!result.ok) throw new Error('data/story.json is invalid: run npm run validate');
const { index } = result;

test.describe('the first page in Chromium', () => {
  for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
    test.describe(`in ${timezoneId}`, () => {
      test.use({ timezoneId });

      test('lists every event in date order with its date in words', async ({ page }) => {
        await page.goto('./');
        await page.getByRole('tab', { name: 'Lists' }).click();
        const items = page.locator('[data-view="list"] li[data-event-id]');
        await expect(items).toHaveCount(index.eventsInOrder.length);
        const ids = await items.evaluateAll((els) =>
          els.map((el) => el.getAttribute('data-event-id')),
        );
        expect(ids).toEqual(index.eventsInOrder.map((e) => e.id));
        const dates = await items.locator('time').allTextContents();
        expect(dates).toEqual(index.eventsInOrder.map((e) => formatStoryDate(e.date)));
        await expect(
          page.locator('[data-event-id="trump-bukele-white-house-meeting"] time'),
        ).toHaveText('14 April 2025');
      });
    });
  }

  test('shows every problem of an invalid dataset in the error panel', async ({ page }) => {
    const broken = JSON.parse(text);
    broken.events[0].entities[0].id = 'nayib-bukle';
    broken.events[1].date.start = '2025-02-30';
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
    await page.goto('./');
    await expect(page.locator('[data-view="timeline"] [data-event-id]').first()).toBeVisible();
    await expect(page.locator('[data-view="graph"] [data-entity-id]').first()).toBeAttached();
    expect([...hosts]).toEqual([new URL(baseURL!).host]);
  });
});
