import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { test, expect, newPage, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { boxesOf, clashes, inside, overlaps } from './support/boxes';
import { loadBundledStory } from './support/story';
import { pdfText } from './support/pdf-text';

/** axe-core, evaluated in the page for its AAA contrast rule (support/axe.ts runs AA). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

// The chapters as data/story.json declares them: each test compares the page with them.
const chapters = loadBundledStory().story.chapters ?? [];
const ids = chapters.map((c) => c.id);

/**
 * What the graph's readout says each chapter's window shows, written out from the chapters'
 * `window` (a whole year reads as the year, whole months as months).
 */
const WINDOWS: Record<string, string> = {
  'the-law-of-1798': 'Showing 1798:',
  'its-wartime-uses': 'Showing 1812 to 1948:',
  'the-march-invocation': 'Showing 14 March 2025 to 15 March 2025:',
  'the-flights-to-cecot': 'Showing 15 March 2025 to 16 March 2025:',
  'the-fee': 'Showing 16 March 2025 to 17 March 2025:',
  'abrego-garcia': 'Showing January 2019 to March 2025:',
  'the-courts': 'Showing 15 March 2025 to 10 April 2025:',
  'the-monday-meeting': 'Showing 14 April 2025:',
  'trade-and-money': 'Showing 1 January 2024 to 14 April 2025:',
};

const bar = (page: Page) => page.getByRole('region', { name: 'The story, step by step' });

/** Waits until the chapter bar shows a chapter, and the address bar names it alone. */
async function expectChapter(page: Page, id: string): Promise<void> {
  await expect(bar(page)).toHaveAttribute('data-chapter-id', id);
  await expect(page).toHaveURL(new RegExp(`\\?chapter=${id}$`));
}

test('the table of windows covers the story’s chapters', () => {
  expect(Object.keys(WINDOWS)).toEqual(ids);
});

// A laptop and a classroom projector: the graph frame is the shortest on these two.
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test.describe(`each chapter opened by its link at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const [i, chapter] of chapters.entries()) {
      test(`?chapter=${chapter.id} selects, windows and frames what it declares`, async ({
        page,
      }) => {
        await openApp(page, `?chapter=${chapter.id}`);
        await expect(bar(page)).toContainText(`${i + 1} of ${chapters.length}`);
        await expect(bar(page)).toContainText(chapter.title);

        const { kind, id } = chapter.select!;
        const view = kind === 'event' ? 'timeline' : 'graph';
        const attribute = kind === 'event' ? 'data-event-id' : 'data-entity-id';
        await expect(inView(page, view).locator(`[${attribute}="${id}"]`)).toHaveAttribute(
          'data-state',
          'selected',
        );
        await expect(page.getByTestId('window-readout')).toContainText(WINDOWS[chapter.id]!);

        // Every entity the chapter frames is wholly in the graph's view, and in its window.
        const stage = (await boxesOf(readyStage(page)))[0]!;
        const focus = chapter.graphFocus!.map((e) => `[data-entity-id="${e}"]`).join(', ');
        const nodes = inView(page, 'graph').locator(focus);
        await expect(nodes).toHaveCount(chapter.graphFocus!.length);
        await expect
          .poll(async () =>
            (await boxesOf(nodes)).filter((b) => !inside(b, stage)).map((b) => b.id),
          )
          .toEqual([]);
        for (const node of await nodes.all())
          await expect(node).toHaveAttribute('data-active', 'true');
      });
    }
  });
}

test('Page Down steps from the first chapter to the last, and Page Up back', async ({ page }) => {
  await openApp(page, `?chapter=${ids[0]}`);
  for (const id of ids.slice(1)) {
    await page.keyboard.press('PageDown');
    await expectChapter(page, id);
  }
  await page.keyboard.press('PageDown');
  await expectChapter(page, ids.at(-1)!);
  for (const id of ids.slice(0, -1).reverse()) {
    await page.keyboard.press('PageUp');
    await expectChapter(page, id);
  }
});

test('Back after two steps restores the first, with its selection', async ({ page }) => {
  await openApp(page, `?chapter=${ids[0]}`);
  await page.keyboard.press('ArrowRight');
  await expectChapter(page, ids[1]!);
  await page.keyboard.press('PageDown');
  await expectChapter(page, ids[2]!);
  await page.goBack();
  await expectChapter(page, ids[1]!);
  await page.goBack();
  await expectChapter(page, ids[0]!);
  const first = chapters[0]!.select!;
  await expect(inView(page, 'timeline').locator(`[data-event-id="${first.id}"]`)).toHaveAttribute(
    'data-state',
    'selected',
  );
});

test('starts from the header, and comes back to the story after exploring', async ({ page }) => {
  await openApp(page);
  await page
    .getByRole('button', { name: `Walk through the story in ${ids.length} chapters` })
    .click();
  await expectChapter(page, ids[0]!);
  await expect(page.getByRole('button', { name: 'Next chapter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectChapter(page, ids[1]!);
  // Explore: another entity in the graph's list of people.
  await page.getByRole('tab', { name: 'Lists' }).click();
  await inView(page, 'list').locator('[data-entity-id="donald-trump"] button').first().click();
  await expect(bar(page)).toHaveAttribute('data-explored', 'true');
  await expect(page).toHaveURL(/chapter=its-wartime-uses&entity=donald-trump/);
  await page.getByRole('button', { name: 'Back to the story' }).click();
  await expectChapter(page, ids[1]!);
  await expect(bar(page)).toHaveAttribute('data-explored', 'false');
});

test('with reduced motion, a step moves both views at once', async ({ browser }) => {
  const page = await newPage(browser, { reducedMotion: 'reduce' });
  await openApp(page, `?chapter=${ids[1]}`);
  // Every value each view's zoom takes from the step on.
  await page.evaluate(() => {
    const log: Record<string, string[]> = { timeline: [], graph: [] };
    (window as unknown as { zoomLog: typeof log }).zoomLog = log;
    const watch = (name: string, el: Element) =>
      new MutationObserver(() => log[name]!.push(el.getAttribute('data-zoom')!)).observe(el, {
        attributeFilter: ['data-zoom'],
      });
    watch('timeline', document.querySelector('[data-view="timeline"] .frame')!);
    watch('graph', document.querySelector('[data-view="graph"] .stage')!);
  });
  await page.keyboard.press('PageDown');
  await expectChapter(page, ids[2]!);
  const changes = () =>
    page.evaluate(() => {
      const log = (window as unknown as { zoomLog: Record<string, string[]> }).zoomLog;
      return [log.timeline!.length, log.graph!.length];
    });
  await expect.poll(changes).toEqual([1, 1]);
  // A glide changes the zoom on every frame; a jump is done: three frames on, nothing more.
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
  });
  expect(await changes()).toEqual([1, 1]);
  await page.context().close();
});

/** Every visible text on the page under 20 px, as "size: text" (canvas drawings aside). */
function smallTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode;
      const el = text.parentElement;
      if (!el || !text.textContent?.trim() || el.closest('.visually-hidden')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getBoundingClientRect();
      const onScreen = r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
      if (r.width < 2 || r.height < 2 || !onScreen) continue;
      const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (px < 19.95) out.push(`${px.toFixed(1)}: ${text.textContent.trim().slice(0, 40)}`);
    }
    return out;
  });
}

test.describe('presenter mode at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  for (const id of ids) {
    test(`?chapter=${id}&present: all text at 20 px or more, no label over another`, async ({
      page,
    }) => {
      await openApp(page, `?chapter=${id}&present`);
      await expect(page.locator('html')).toHaveAttribute('data-present', '');
      await expect(bar(page)).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Next chapter' })).toBeInViewport();
      expect(await smallTexts(page)).toEqual([]);
      await expect
        .poll(async () => Number(await readyStage(page).getAttribute('data-label-px')))
        .toBeGreaterThanOrEqual(20);

      // The chapter's entities framed whole and named; the names drawn clear of each other,
      // none cut at the frame's edge (a name that would be is not drawn).
      const stage = (await boxesOf(readyStage(page)))[0]!;
      const focus = chapters.find((c) => c.id === id)!.graphFocus!;
      const named = inView(page, 'graph').locator('[data-entity-id][data-name="shown"]');
      await expect
        .poll(async () => {
          const shown = await boxesOf(named);
          return {
            unnamed: focus.filter((e) => !shown.some((b) => b.id === e)),
            cut: shown.filter((b) => !inside(b, stage)).map((b) => b.id),
            // A selected node's ring widens its box by a few px beyond its name: 6 px allowed.
            clashes: shown.flatMap((a, i) =>
              shown.slice(i + 1).flatMap((b) => (overlaps(a, b, 6) ? [`${a.id} × ${b.id}`] : [])),
            ),
          };
        })
        .toEqual({ unnamed: [], cut: [], clashes: [] });
      // The timeline's labels and ticks: none over another, none cut at the plot's edge.
      const plot = (await boxesOf(inView(page, 'timeline').locator('svg')))[0]!;
      for (const selector of ['text.label', 'text.tick']) {
        const labels = await boxesOf(inView(page, 'timeline').locator(selector));
        expect(clashes(labels), selector).toEqual([]);
        expect(
          labels.filter((b) => !inside(b, plot)).map((b) => b.id),
          selector,
        ).toEqual([]);
      }
    });
  }
});

test.describe('presenter mode: the button, the screen and the keys', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  const presenting = (page: Page) => page.locator('html[data-present]');

  test('goes full screen from its button, and ends with full screen', async ({ page }) => {
    await openApp(page, `?chapter=${ids[0]}`);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(presenting(page)).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await expect(page).toHaveURL(new RegExp(`\\?chapter=${ids[0]}&present$`));
    // The browser leaves full screen (Escape does this in a window): the presentation ends.
    await page.evaluate(() => document.exitFullscreen());
    await expect(presenting(page)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`\\?chapter=${ids[0]}$`));
  });

  test('fills the window where full screen is refused, inside an iframe', async ({
    page,
    baseURL,
  }) => {
    const src = new URL(`./?chapter=${ids[4]}`, baseURL).href;
    await page.setContent(
      `<iframe src="${src}" style="width:1000px;height:740px;border:0"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.stage[data-ready="true"]')).toBeVisible({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'Present' }).click();
    await expect(frame.locator('html[data-present]')).toHaveCount(1);
    const fullScreen = frame.getByRole('button', { name: 'Full screen' });
    await expect(fullScreen).toHaveAttribute('aria-disabled', 'true');
    await expect(fullScreen).toHaveAttribute(
      'title',
      'Full screen is not allowed here: the presentation fills the window.',
    );
    await expect(frame.getByRole('button', { name: 'Next chapter' })).toBeInViewport();
  });

  test('blacks the screen out with B and the full stop, and hides a still pointer', async ({
    page,
  }) => {
    // The page's timers are the test's from the start: the pointer's 2 s are counted only when
    // the test says so, however slow the machine (a real timer set at load once ran out here).
    await page.clock.install();
    await openApp(page, `?chapter=${ids[1]}&present`);
    await page.keyboard.press('b');
    await expect(page.locator('.blackout')).toBeVisible();
    await page.keyboard.press('.');
    await expect(page.locator('.blackout')).toHaveCount(0);
    await page.keyboard.press('PageDown');
    await expectChapterPresenting(page, ids[2]!);

    // Stop the clock: from here only runFor moves it (an installed clock otherwise runs on).
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 60_000);
    await page.mouse.move(500, 400);
    await page.mouse.move(510, 410);
    const hidden = page.locator('html[data-cursor-hidden]');
    await expect(hidden).toHaveCount(0);
    await page.clock.runFor(1_900);
    await expect(hidden).toHaveCount(0);
    await page.clock.runFor(200);
    await expect(hidden).toHaveCount(1);
    await page.mouse.move(520, 420);
    await expect(hidden).toHaveCount(0);
  });

  test('reads at 7:1 or more, by axe-core’s enhanced contrast rule', async ({ page }) => {
    for (const id of [ids[0]!, ids[6]!]) {
      await openApp(page, `?chapter=${id}&present`);
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'rule', values: ['color-contrast-enhanced'] },
        });
        return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
      });
      expect(violations, id).toEqual([]);
    }
  });
});

/** Waits for a chapter in presenter mode (the address bar keeps `present`). */
async function expectChapterPresenting(page: Page, id: string): Promise<void> {
  await expect(bar(page)).toHaveAttribute('data-chapter-id', id);
  await expect(page).toHaveURL(new RegExp(`chapter=${id}`));
}

test('the header’s summary, kept to one line on a projector, opens whole with More', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  const summary = page.locator('header .summary');
  const cut = () => summary.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(await cut()).toBe(true);
  const more = page.getByRole('button', { name: 'More' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');
  expect(await cut()).toBe(false);
  await expect(summary).toContainText(loadBundledStory().story.summary);
});

test('prints a handout: chapters, every event and every source, black on white', async ({
  page,
}) => {
  const { story } = loadBundledStory();
  await openApp(page, `?chapter=${ids[4]}`);
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(handout).toBeVisible();
  // Nothing of the screen's chrome is printed: no view, no button.
  await expect(page.locator('[data-view="timeline"]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next chapter' })).toBeHidden();
  const text = (await handout.textContent())!;
  const missing = [
    ...story.events.map((e) => e.title),
    ...story.sources.map((s) => s.title),
    ...chapters.map((c) => c.title),
  ].filter((t) => !text.includes(t));
  expect(missing).toEqual([]);
  const colors = await handout.evaluate((el) => [
    getComputedStyle(el).color,
    getComputedStyle(document.body).backgroundColor,
  ]);
  expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

  // The PDF a printer gets at A4: the chapters, then each section on pages of its own, and in
  // its text (read back by pdftotext) every event's title, every source and every chapter.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(4);
  const printed = pdfText(pdf);
  const oneLine = (t: string) => t.replace(/\s+/g, ' ');
  const notPrinted = [
    ...story.events.map((e) => e.title),
    ...story.sources.map((s) => s.title),
    ...chapters.map((c) => c.title),
  ].filter((t) => !printed.includes(oneLine(t)));
  expect(notPrinted).toEqual([]);
});
