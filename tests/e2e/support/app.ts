import { expect, type Locator, type Page } from './test';

/**
 * How long the first page may take to show every view. About a second on a quiet machine; the
 * graph comes in its own chunk after the timeline, and a busy machine can take many times that.
 */
const LOAD_TIMEOUT = 15_000;

export function inView(page: Page, name: 'timeline' | 'graph' | 'list' | 'details'): Locator {
  return page.locator(`[data-view="${name}"]`);
}

/** The graph's stage once the layout is placed, the labels measured and the view fitted. */
export function readyStage(page: Page): Locator {
  return inView(page, 'graph').locator('.stage[data-ready="true"]');
}

/**
 * Opens the page (with an address-bar query such as "?entity=…") and waits until every view is
 * drawn: the timeline's marks, the graph laid out and fitted (data-ready="true"), and what comes
 * after the timeline's first paint: the side panel's tabs (src/app/deferred.ts) and the
 * timeline's wheel and drag (data-zoomable, src/timeline/zoomable.svelte.ts).
 */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(inView(page, 'timeline').locator('[data-event-id]').first()).toBeVisible({
    timeout: LOAD_TIMEOUT,
  });
  await expect(readyStage(page)).toBeVisible({ timeout: LOAD_TIMEOUT });
  // By its attribute: presenter mode hides the panel, and a role query skips what is hidden.
  await expect(page.locator('[role="tablist"]')).toBeAttached({ timeout: LOAD_TIMEOUT });
  await expect(inView(page, 'timeline').locator('[data-zoomable]')).toBeAttached({
    timeout: LOAD_TIMEOUT,
  });
}

/**
 * The id of a listbox's active option (aria-activedescendant): its data-entity-id,
 * data-relation-id or data-event-id; null when none is active.
 */
export async function activeOption(listbox: Locator): Promise<string | null> {
  return listbox.evaluate((el) => {
    const id = el.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    if (!option) return null;
    return (
      option.getAttribute('data-entity-id') ??
      option.getAttribute('data-relation-id') ??
      option.getAttribute('data-event-id')
    );
  });
}

/**
 * Presses each key in turn on the focused listbox and returns its active option after each.
 * The option is read in the page on each keyup, once the keydown's handler has run and the
 * page has updated: one round trip per key instead of two.
 */
export async function activeAfterEach(
  page: Page,
  listbox: Locator,
  keys: readonly string[],
): Promise<(string | null)[]> {
  await listbox.evaluate((el) => {
    const host = el as HTMLElement & { activeLog?: (string | null)[] };
    if (!host.activeLog) {
      el.addEventListener('keyup', () => {
        const id = el.getAttribute('aria-activedescendant');
        const option = id ? document.getElementById(id) : null;
        host.activeLog!.push(
          option?.getAttribute('data-entity-id') ??
            option?.getAttribute('data-relation-id') ??
            option?.getAttribute('data-event-id') ??
            null,
        );
      });
    }
    host.activeLog = [];
  });
  for (const key of keys) await page.keyboard.press(key);
  return listbox.evaluate((el) => (el as HTMLElement & { activeLog: (string | null)[] }).activeLog);
}

/** Waits until the listbox's active option is `id`. */
export async function expectActive(listbox: Locator, id: string): Promise<void> {
  await expect.poll(() => activeOption(listbox), { message: `active option ${id}` }).toBe(id);
}

/** Each element's id attribute (`attr`) and its data-state, as a record. */
export async function statesOf(locator: Locator, attr: string): Promise<Record<string, string>> {
  return locator.evaluateAll(
    (els, a) =>
      Object.fromEntries(els.map((el) => [el.getAttribute(a), el.getAttribute('data-state')])),
    attr,
  );
}
