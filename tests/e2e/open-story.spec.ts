import { test, expect, type Page } from './support/test';
import { inView, openApp, readyStage } from './support/app';
import { axeViolations } from './support/axe';
import { miniStory } from '../fixtures/mini-story';
import { storyToSheets } from '../../src/open/csv-story';

/** A file as the reader has it on their computer. */
interface LocalFile {
  name: string;
  mimeType: string;
  text: string;
}

const MINI_JSON: LocalFile[] = [
  { name: 'mini.json', mimeType: 'application/json', text: JSON.stringify(miniStory(), null, 2) },
];
const MINI_CSV: LocalFile[] = storyToSheets(miniStory()).map((s) => ({
  name: `A mini story - ${s.name}`,
  mimeType: 'text/csv',
  text: s.text,
}));

/** The mini story's events in date order, and its entities, as the views mark them. */
const MINI_EVENTS = ['act-signed', 'act-invoked', 'talks', 'meeting'];
const MINI_ENTITIES = ['ana', 'ben', 'the-act'];

/** The ids the timeline and the graph show, once the graph is laid out. */
async function shownIds(page: Page): Promise<{ events: string[]; entities: string[] }> {
  await expect(readyStage(page)).toBeVisible();
  const ids = (view: 'timeline' | 'graph', attr: string) =>
    inView(page, view)
      .locator(`[${attr}]`)
      .evaluateAll((els, a) => els.map((el) => el.getAttribute(a)!), attr);
  return {
    events: await ids('timeline', 'data-event-id'),
    entities: (await ids('graph', 'data-entity-id')).sort(),
  };
}

/** Chooses the files as a reader does: the header's button, then the system's file picker. */
async function chooseFiles(page: Page, files: LocalFile[]): Promise<void> {
  await page.getByRole('button', { name: 'Open a story…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your own story' });
  await expect(dialog).toContainText('Nothing is uploaded or sent anywhere.');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(files.map((f) => ({ ...f, buffer: Buffer.from(f.text, 'utf8') })));
}

/** Drags the files over the page (which then says it will open them) and drops them. */
async function dropFiles(page: Page, files: LocalFile[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: f.mimeType }));
    (window as unknown as { dragged: DataTransfer }).dragged = data;
    const over = document.querySelector('[data-view="timeline"]')!;
    for (const type of ['dragenter', 'dragover'])
      over.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
      );
  }, files);
  await expect(page.getByTestId('drop-zone')).toContainText('Drop the story’s files to open them');
  await page.evaluate(() => {
    const data = (window as unknown as { dragged: DataTransfer }).dragged;
    const over = document.querySelector('[data-view="graph"]')!;
    over.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }),
    );
  });
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);
}

const WAYS = { 'the file picker': chooseFiles, 'a drop on the page': dropFiles };
const SETS = { 'a JSON file': MINI_JSON, 'a set of CSV sheets': MINI_CSV };

test.describe('a story of the reader’s own', () => {
  for (const [setName, files] of Object.entries(SETS)) {
    for (const [wayName, open] of Object.entries(WAYS)) {
      test(`opens ${setName} through ${wayName}, in place of the story shown`, async ({ page }) => {
        await openApp(page, '?entity=kilmar-abrego-garcia&from=2025-03');
        await open(page, files);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('A mini story');
        expect(await shownIds(page)).toEqual({ events: MINI_EVENTS, entities: MINI_ENTITIES });
        // A fresh view of the new story: nothing selected, the whole story, the old ids gone.
        await expect(inView(page, 'graph').locator('[data-state="selected"]')).toHaveCount(0);
        expect(new URL(page.url()).search).toBe('');
        const report = page.getByTestId('open-report');
        await expect(report).toContainText('Opened “A mini story”: 4 events, 3 entities.');
        await expect(report).toContainText('cannot be linked to');
        // The mini story's alliance has neither dates nor events: a warning, not a refusal.
        await expect(report.getByTestId('open-warning')).toHaveCount(1);
        await expect(report.getByTestId('open-warning')).toContainText(
          '"ana-allied-with-ben" has neither dates nor events, so it holds throughout the story',
        );
        await expect(page.getByRole('button', { name: 'Open a story…' })).toBeFocused();
      });
    }
  }

  test('shows every problem of a broken CSV set with its sheet, row and column, and keeps the story', async ({
    page,
  }) => {
    await openApp(page);
    const broken = MINI_CSV.map((f) => ({
      ...f,
      text: f.name.endsWith('events.csv')
        ? f.text.replace('2025-04-14,,,11:00', 'April 14,,,11:00')
        : f.name.endsWith('entities.csv')
          ? f.text.replace('ben,Ben,,person', 'ben,Ben,,persn')
          : f.text,
    }));
    await chooseFiles(page, broken);
    const report = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(report.getByRole('heading')).toHaveText(
      '8 CSV files could not be opened: 2 problems',
    );
    await expect(report).toContainText('The story on screen has not changed.');
    await expect(report.getByTestId('open-error')).toHaveText([
      /^A mini story - entities\.csv, row 3, column kind: 'persn' is not one of person,/,
      /^A mini story - events\.csv, row 2, column date: 'April 14' is not a date/,
    ]);
    await expect(report.getByRole('heading')).toBeFocused();
    // The explainer's own story is still on screen, whole.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bukele');
    await expect(
      inView(page, 'timeline').locator('[data-event-id="trump-bukele-white-house-meeting"]'),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(report).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open a story…' })).toBeFocused();
  });

  test('the dialog and the report of problems pass axe (WCAG 2.2 AA)', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Open a story…' }).click();
    await expect(page.getByRole('dialog', { name: 'Open your own story' })).toBeVisible();
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await chooseFiles(page, [{ name: 'notes.txt', mimeType: 'text/plain', text: 'hello' }]);
    await expect(page.getByTestId('open-report')).toContainText('not a story file');
    expect(await axeViolations(page, '[data-testid="open-report"]')).toEqual([]);
  });

  test('goes back to the default story', async ({ page }) => {
    await openApp(page);
    await chooseFiles(page, MINI_JSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A mini story');
    await page.getByRole('button', { name: 'Open a story…' }).click();
    await page.getByRole('button', { name: 'Back to the default story' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bukele');
    await expect(readyStage(page)).toBeVisible();
  });
});

test.describe('?story=: a story file named by the link', () => {
  test('opens a file on this site, and keeps it in the address as the reader explores', async ({
    page,
  }) => {
    await page.route('**/stories/mini.json', (route) => route.fulfill({ json: miniStory() }));
    await page.goto('./?story=stories/mini.json&entity=ana');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A mini story');
    expect(await shownIds(page)).toEqual({ events: MINI_EVENTS, entities: MINI_ENTITIES });
    await expect(inView(page, 'graph').locator('[data-entity-id="ana"]')).toHaveAttribute(
      'data-state',
      'selected',
    );
    await inView(page, 'timeline').locator('[data-event-id="meeting"]').click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?story=stories%2Fmini.json&event=meeting');
    // The embed code names the story too, or an article would embed the explainer's own.
    await page.getByRole('button', { name: 'Embed this view' }).click();
    await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      /src="http:\/\/127\.0\.0\.1:\d+\/\?embed&amp;story=stories%2Fmini\.json&amp;event=meeting"/,
    );
  });

  test('shows a story written in Spanish with the Spanish interface, to a reader of English', async ({
    page,
  }) => {
    // The Spanish UI text is not in the page's first script: it is fetched for this story.
    await page.route('**/stories/mini-es.json', (route) =>
      route.fulfill({ json: { ...miniStory(), language: 'es' } }),
    );
    await page.goto('./?story=stories/mini-es.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A mini story');
    await expect(page.getByRole('tab', { name: 'Detalles' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('refuses a story from another site with the reason, and fetches nothing from it', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) asked.push(request.url());
    });
    await openApp(page, '?story=https://evil.example/story.json');
    const report = page.getByRole('alert').filter({ hasText: 'from another site' });
    await expect(report).toContainText(
      'the link asks for a story from another site (https://evil.example). Only a story file on this site can be opened from a link, so nothing was fetched',
    );
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bukele');
    expect(asked).toEqual([]);
  });
});
