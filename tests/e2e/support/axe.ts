import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from './test';

/**
 * axe-core, run in the page, against WCAG 2.2 A and AA. The script is evaluated through the
 * DevTools protocol (page.evaluate), which the page's content security policy does not govern,
 * so the app's CSP stays as strict in the test as for readers.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** The CSS selectors of the offending nodes, for the failure message. */
  targets: string[];
}

/** The violations under `selector` (the whole page by default), as a plain list to compare. */
export async function axeViolations(page: Page, selector = 'body'): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } }
    ).axe;
    const result = await axe.run(
      { include: [include] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, selector);
}
