// The explainer as one file (npm run build:single), as a teacher uses it: opened from a USB
// stick with no network, under its own strict content security policy; and offered by the
// full page it is deployed beside. playwright.config.ts builds it beside the app under test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { ENTITY_IDS, EVENT_IDS } from './support/expected';

const FILE = 'trump-bukele-white-house-2025.html';
const BUILT = join(process.env.E2E_SERVED!, FILE);

/** What the page did that a teacher's offline file must not: requests, errors, violations. */
interface Trouble {
  requests: string[];
  errors: string[];
  violations: () => Promise<string[]>;
}

/** Opens the single file from file://, offline, every request refused and noted. */
async function openOffline(page: Page, query = ''): Promise<Trouble> {
  const url = pathToFileURL(BUILT).href;
  const trouble = { requests: [] as string[], errors: [] as string[] };
  await page.context().setOffline(true);
  await page.context().route(
    (u) => u.protocol !== 'file:',
    (route) => route.abort(),
  );
  page.on('request', (r) => r.url() !== url + query && trouble.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && trouble.errors.push(m.text()));
  page.on('pageerror', (e) => trouble.errors.push(e.message));
  // A real listener for the policy's reports, there before the page's own script runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
    );
    Object.assign(window, { violations: seen });
  });
  await page.goto(url + query);
  await expect(inView(page, 'timeline').locator('[data-event-id]').first()).toBeVisible();
  await expect(readyStage(page)).toBeVisible();
  return {
    ...trouble,
    violations: () =>
      page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

test.use({ viewport: { width: 1280, height: 720 } });

test('keeps a strict policy: hashes for its one script and styles, nothing to fetch, no eval', async () => {
  const html = await readFile(BUILT, 'utf8');
  expect(Buffer.byteLength(html)).toBeLessThan(1_000_000);
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
  expect(directives['default-src']).toEqual(["'none'"]);
  expect(directives['script-src']).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
  for (const source of directives['style-src']) expect(source).toMatch(/^'sha256-/);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
});

test('from file:// with no network, shows every event and entity, and selection and the window work', async ({
  page,
}) => {
  const trouble = await openOffline(page);
  // One inline script and one inline stylesheet: no file of its own to load.
  const parts = await page.evaluate(() => ({
    scripts: [...document.scripts].map((s) => s.src || 'inline'),
    styles: [...document.querySelectorAll('link[rel="stylesheet"], style')].map((s) => s.localName),
  }));
  expect(parts.scripts).toEqual(['inline']);
  expect(parts.styles).toEqual(['style', 'style']); // its own, and the one Cytoscape adds
  const events = inView(page, 'timeline').locator('[data-event-id]');
  expect((await events.evaluateAll((els) => els.map((e) => e.dataset.eventId))).sort()).toEqual(
    [...EVENT_IDS].sort(),
  );
  const nodes = inView(page, 'graph').locator('[data-entity-id]');
  expect(await nodes.evaluateAll((els) => els.map((e) => e.dataset.entityId))).toEqual(
    expect.arrayContaining([...ENTITY_IDS]),
  );
  await expect(nodes).toHaveCount(ENTITY_IDS.length);

  // Selection: a mark on the timeline selects its event, and the graph shows who took part.
  const meeting = inView(page, 'timeline').locator(
    '[data-event-id="trump-bukele-white-house-meeting"]',
  );
  await meeting.click();
  await expect(meeting).toHaveAttribute('data-state', 'selected');
  await expect(inView(page, 'graph').locator('[data-entity-id="nayib-bukele"]')).toHaveAttribute(
    'data-state',
    'related',
  );
  await expect(inView(page, 'details').locator('h3').first()).toHaveText(
    'Trump hosts Bukele at the White House',
  );

  // The window: zooming the timeline in leaves people out of the graph.
  await expect(page.getByTestId('window-readout')).toHaveText(/^Showing the whole story/);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page.getByTestId('window-readout')).toHaveText(/^Showing .*: \d+ of \d+ people/);
  await expect(inView(page, 'graph').locator('[data-active="false"]').first()).toBeAttached();

  expect(trouble.requests).toEqual([]);
  expect(trouble.errors).toEqual([]);
  expect(await trouble.violations()).toEqual([]);
});

test('from file://, a link’s view opens, and its pictures and data save, with no violation', async ({
  page,
}) => {
  const trouble = await openOffline(page, '?entity=kilmar-abrego-garcia&from=2025-03&to=2025-04');
  await expect(
    inView(page, 'graph').locator('[data-entity-id="kilmar-abrego-garcia"]'),
  ).toHaveAttribute('data-state', 'selected');
  await page.getByRole('button', { name: 'Download' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download this view' });
  // The file is the explainer itself: it offers no other copy of it.
  await expect(dialog.getByRole('link')).toHaveCount(0);
  for (const [name, type] of [
    ['Timeline as PNG image', 'png'],
    ['Graph as SVG drawing', 'svg'],
    [/events in the window \(CSV\)/, 'csv'],
  ] as const) {
    const saved = page.waitForEvent('download');
    await dialog.getByRole('button', { name }).click();
    expect((await saved).suggestedFilename()).toMatch(new RegExp(`(kilmar|events).*\\.${type}$`));
  }
  await expect(dialog.getByRole('status')).toHaveText(/^Saved .*\.csv$/);
  expect(trouble.requests).toEqual([]);
  expect(trouble.errors).toEqual([]);
  expect(await trouble.violations()).toEqual([]);
});

test('the full page offers the file it is deployed beside, and that file is the single file', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Download' }).click();
  const offer = page.getByRole('link', { name: /^Download this explainer \(\d+ KB\)$/ });
  await expect(offer).toHaveAttribute('href', new RegExp(`/${FILE}$`));
  const saved = page.waitForEvent('download');
  await offer.click();
  const file = await saved;
  expect(file.suggestedFilename()).toBe(FILE);
  expect(await readFile(await file.path())).toEqual(await readFile(BUILT));
});

test('from file://, in Spanish: the story and its picture in Spanish, still requesting nothing', async ({
  page,
}) => {
  const trouble = await openOffline(page, '?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const meeting = inView(page, 'timeline').locator(
    '[data-event-id="trump-bukele-white-house-meeting"]',
  );
  await meeting.click();
  await expect(inView(page, 'details').locator('h3').first()).toContainText('Casa Blanca');
  await expect(inView(page, 'graph').locator('[data-entity-id]')).toHaveCount(ENTITY_IDS.length);
  expect(trouble.requests).toEqual([]);
  expect(trouble.errors).toEqual([]);
  expect(await trouble.violations()).toEqual([]);
});
