import { test, expect, newPage, type Page } from './support/test';
import { openApp, readyStage } from './support/app';
import { axeViolations, WCAG_AA_AND_BEST_PRACTICE, type AxeViolation } from './support/axe';
import { VIEWPORTS } from './support/viewports';

/**
 * axe-core's WCAG 2.2 AA rules and its best practices (headings in order, named landmarks,
 * focusable scrolling regions) on the whole page, in every kind of state a reader reaches, on
 * the laptop, the 1024×768 projector and the phone, in each theme a reader's settings pick:
 * light, dark, more contrast and Windows' forced colours. 6 states × 3 screens × 4 themes.
 *
 * One page load per screen and theme: a page load is most of a test's time on a busy machine,
 * and an axe run is half a second. Each state after the first is reached the way Back and
 * Forward reach it (the address changed, then popstate), which applies the same URL state as
 * a fresh load of that address; the lists are opened by their tab, as a reader does.
 */
const THEMES = [
  { name: 'light', media: { colorScheme: 'light' }, theme: 'light' },
  { name: 'dark', media: { colorScheme: 'dark' }, theme: 'dark' },
  { name: 'high contrast', media: { contrast: 'more' }, theme: 'contrast' },
  { name: 'forced colours', media: { forcedColors: 'active' }, theme: 'forced' },
] as const;

interface State {
  name: string;
  query: string;
  /** Resolves once the page shows the state. */
  shown: (page: Page) => Promise<void>;
  /** What the reader does after the address is shown (the lists: their tab). */
  then?: (page: Page) => Promise<void>;
}

const selected = (page: Page, attr: string, id: string) =>
  expect(page.locator(`[${attr}="${id}"][data-state="selected"]`).first()).toBeAttached();

const STATES: State[] = [
  {
    name: 'nothing selected',
    query: '',
    shown: (page) => expect(page.locator('[data-selection-kind="none"]')).toBeAttached(),
  },
  {
    name: 'an event selected',
    query: '?event=trump-bukele-white-house-meeting',
    shown: (page) => selected(page, 'data-event-id', 'trump-bukele-white-house-meeting'),
  },
  {
    name: 'an entity selected',
    query: '?entity=kilmar-abrego-garcia',
    shown: (page) => selected(page, 'data-entity-id', 'kilmar-abrego-garcia'),
  },
  {
    name: 'a relation selected',
    query: '?relation=trump-president-of-us',
    // The graph lists a relation as an option only while its node has the keyboard.
    shown: (page) => expect(page.locator('[data-selection-kind="relation"]')).toBeAttached(),
  },
  {
    name: 'a window set',
    query: '?from=2025-03&to=2025-04',
    shown: (page) => expect(page.getByTestId('window-readout')).toContainText('March 2025'),
  },
  {
    name: 'the lists open',
    query: '',
    shown: (page) => expect(page.locator('[data-selection-kind="none"]')).toBeAttached(),
    then: async (page) => {
      await page.getByRole('tab', { name: 'Lists' }).click();
      await expect(page.locator('#list-relations-heading')).toBeVisible();
      await expect(page.locator('#list-terms-heading')).toBeAttached();
    },
  },
];

/**
 * Three states a test: six in one came to 20 s beside another worker, too near the suite's 30 s
 * on a busier machine. The two halves share a page load.
 */
const HALVES = [STATES.slice(0, 3), STATES.slice(3)];

/** Shows the state's address as Back or Forward would, and waits until the page shows it. */
async function goTo(page: Page, state: State): Promise<void> {
  await page.evaluate((query) => {
    history.pushState(null, '', `${location.pathname}${query}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, state.query);
  await state.shown(page);
  await expect(readyStage(page)).toBeVisible();
  await state.then?.(page);
}

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    test.describe(`axe at ${viewport.width} × ${viewport.height}, ${theme.name}`, () => {
      // One page load for both halves: they run in turn, in one worker, on one page.
      test.describe.configure({ mode: 'serial' });
      let page: Page;
      test.beforeAll(async ({ browser }) => {
        page = await newPage(browser, { viewport });
        await page.emulateMedia(theme.media);
        await openApp(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme.theme);
      });
      test.afterAll(() => page.context().close());

      for (const states of HALVES) {
        const names = states.map((state) => state.name);
        test(names.join(', '), async () => {
          const found: Record<string, AxeViolation[]> = {};
          for (const state of states) {
            await goTo(page, state);
            found[state.name] = await axeViolations(page, 'body', WCAG_AA_AND_BEST_PRACTICE);
          }
          // Every state's findings at once: one run names every state that fails.
          expect(found).toEqual(Object.fromEntries(names.map((name) => [name, []])));
        });
      }
    });
  }
}
