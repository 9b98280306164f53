// The embed, as a journalist uses it: the built app on one origin, an article on another with
// the README's embed code, and the host script sizing the iframe.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, DISABLED_FEATURES, chromiumPath } from './support/chromium';

// The app's own origin, and the article's: another origin (localhost, not 127.0.0.1).
const APP = `http://127.0.0.1:${process.env.E2E_PORT}/`;
const ARTICLE = `http://localhost:${process.env.E2E_PORT}/`;

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS.filter((arg) => arg !== DISABLED_FEATURES),
      // The article is served by the test itself (page.route), so Chromium cannot tell its
      // address space and would refuse its iframe on a loopback address. A real article and a
      // real explainer are both public: the check has nothing to say there.
      // (One --disable-features replaces another: this one adds to the suite's.)
      `${DISABLED_FEATURES},LocalNetworkAccessChecks`,
    ],
  },
});

/** The README's embed code, at a width, with optional extra iframe attributes. */
function embedCode(width: string, attrs = '', query = '?embed') {
  return `<iframe data-aea-explainer ${attrs} src="${APP}${query}"
    title="Trump, Bukele and the Alien Enemies Act: interactive explainer"
    style="width: ${width}; height: 300px; border: 0"></iframe>
  <script src="${APP}embed.js" defer></script>`;
}

function article(body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <title>Article</title></head><body style="margin:0;font-family:sans-serif">
  <h1>An article</h1><p>Some text before the explainer.</p>${body}<p>After.</p></body></html>`;
}

/** Opens an article page (another origin, served by the test) and collects its errors. */
async function openArticle(page: Page, html: string, hash = '') {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`${ARTICLE}**`, (route) =>
    route.fulfill({ body: html, contentType: 'text/html' }),
  );
  await page.goto(`${ARTICLE}article.html${hash}`);
  return errors;
}

async function explainerFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().startsWith(APP));
  await expect.poll(() => Boolean(find())).toBe(true);
  const frame = find()!;
  await expect(frame.locator('[data-view="list"]')).toBeAttached();
  return frame;
}

/** The iframe is as tall as the explainer's document (within 4 px), and has no scroll bar. */
async function expectFitted(page: Page, frame: Frame) {
  const iframe = page.locator('iframe[data-aea-explainer]');
  await expect
    .poll(async () => {
      const inside = await frame.evaluate(() => ({
        content: Math.ceil(document.documentElement.getBoundingClientRect().height),
        overflow: document.documentElement.scrollHeight - window.innerHeight,
      }));
      const height = (await iframe.boundingBox())?.height ?? 0;
      return Math.abs(inside.content - height) <= 4 && inside.overflow <= 1;
    })
    .toBe(true);
}

async function selectAndSwitch(page: Page, frame: Frame) {
  await frame.getByRole('tab', { name: 'Lists' }).click();
  await expectFitted(page, frame);
  await frame.locator('li[data-entity-id="kilmar-abrego-garcia"] button').click();
  await expect(frame.locator('li[data-entity-id="kilmar-abrego-garcia"]')).toHaveAttribute(
    'data-state',
    'selected',
  );
  await expectFitted(page, frame);
  await frame.getByRole('tab', { name: 'Details' }).click();
  await expect(frame.locator('[data-view="details"] h3')).toHaveText('Kilmar Abrego Garcia');
  await expectFitted(page, frame);
}

for (const width of ['360px', '600px', '1000px']) {
  test(`sizes itself in a ${width} column, after load, a selection and a tab`, async ({ page }) => {
    const errors = await openArticle(page, article(embedCode(width)));
    const frame = await explainerFrame(page);
    await expectFitted(page, frame);
    await selectAndSwitch(page, frame);
    expect(errors).toEqual([]);
  });
}

test('sizes itself in an iframe sandboxed with allow-scripts alone', async ({ page }) => {
  const errors = await openArticle(page, article(embedCode('600px', 'sandbox="allow-scripts"')));
  const frame = await explainerFrame(page);
  expect(frame.url()).toContain('/embed/');
  await expectFitted(page, frame);
  await selectAndSwitch(page, frame);
  expect(errors).toEqual([]);
});

test('sizes itself for a pym.js host, by pym’s own messages, after load, a selection and a tab', async ({
  page,
}) => {
  // What pym.js's Parent does with a child's height message, written out for the test.
  const pymHost = `<div id="pym"><iframe src="${APP}?initialWidth=600&childId=pym&parentTitle=A"
    style="width:600px;height:300px;border:0" scrolling="no" title="Explainer"></iframe></div>
    <script>addEventListener('message', function (e) {
      var m = /^pymxPYMxpymxPYMxheightxPYMx(\\d+)$/.exec(e.data);
      if (m) document.querySelector('#pym iframe').style.height = m[1] + 'px';
    });</script>`;
  const errors = await openArticle(
    page,
    article(pymHost.replace('<iframe', '<iframe data-aea-explainer')),
  );
  const frame = await explainerFrame(page);
  await expectFitted(page, frame);
  await selectAndSwitch(page, frame);
  expect(errors).toEqual([]);
});

test('ignores a resize from another frame, and messages of the wrong shape', async ({ page }) => {
  // Registered before embed.js: it sees each message just before the host script does.
  const spy = `<script>window.seen = [];
    addEventListener('message', function (e) { seen.push(e.data && e.data.height); });</script>`;
  const hostile = `<iframe id="hostile" title="hostile" srcdoc="<script>parent.postMessage({source:'aea-explainer',type:'resize',height:5000},'*')</script>"></iframe>`;
  const errors = await openArticle(page, article(spy + embedCode('600px') + hostile));
  const frame = await explainerFrame(page);
  await expectFitted(page, frame);
  await page.evaluate(() =>
    window.postMessage({ source: 'aea-explainer', type: 'resize', height: 4000 }, '*'),
  );
  await frame.evaluate(() => {
    parent.postMessage({ source: 'aea-explainer', type: 'resize', height: 'tall' }, '*');
    parent.postMessage({ type: 'resize', height: 3000 }, '*');
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
  await expect.poll(seen).toEqual(expect.arrayContaining([5000, 4000, 'tall', 3000]));
  // Still sized by the explainer's own messages alone: none of the posted heights took.
  const height = (await page.locator('iframe[data-aea-explainer]').boundingBox())!.height;
  expect([5000, 4000, 3000]).not.toContain(height);
  await expectFitted(page, frame);
  expect(errors).toEqual([]);
});

test('opens at the view the article’s hash names, and keeps the hash in step', async ({ page }) => {
  const errors = await openArticle(
    page,
    article(embedCode('1000px', 'data-sync-hash')),
    '#explainer=entity:kilmar-abrego-garcia',
  );
  const frame = await explainerFrame(page);
  await expect(frame.locator('[data-view="details"] h3')).toHaveText('Kilmar Abrego Garcia');
  await frame.getByRole('tab', { name: 'Lists' }).click();
  await frame.locator('li[data-entity-id="nayib-bukele"] button').click();
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toBe('#explainer=entity:nayib-bukele');
  expect(errors).toEqual([]);
});

test('keeps the article’s history: selections in the embed replace, not push', async ({ page }) => {
  const spy = `<script>window.kinds = [];
    addEventListener('message', function (e) { kinds.push(e.data && e.data.type); });</script>`;
  const errors = await openArticle(page, article(spy + embedCode('600px')));
  const frame = await explainerFrame(page);
  const before = await page.evaluate(() => history.length);
  await frame.getByRole('tab', { name: 'Lists' }).click();
  await frame.locator('li[data-entity-id="nayib-bukele"] button').click();
  await frame.locator('li[data-entity-id="kilmar-abrego-garcia"] button').click();
  await expect(frame.locator('li[data-entity-id="kilmar-abrego-garcia"]')).toHaveAttribute(
    'data-state',
    'selected',
  );
  expect(await page.evaluate(() => history.length)).toBe(before);
  await expect(frame.getByRole('link', { name: /Open this view full screen/ })).toHaveAttribute(
    'href',
    `${APP}?entity=kilmar-abrego-garcia`,
  );
  // Heights only: the view is posted to hosts that ask for it (data-sync-hash), to no other.
  const kinds = await page.evaluate(() => (window as unknown as { kinds: unknown[] }).kinds);
  expect(kinds).toContain('resize');
  expect(kinds).not.toContain('view');
  expect(errors).toEqual([]);
});
