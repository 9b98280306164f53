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

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG 2.2 AA and axe's best practices (headings in order, landmarks, regions). */
export const WCAG_AA_AND_BEST_PRACTICE = [...WCAG_AA, 'best-practice'];

/**
 * The violations under `selector` (the whole page by default), as a plain list to compare,
 * by the rules of `tags` (WCAG 2.2 A and AA by default).
 */
export async function axeViolations(
  page: Page,
  selector = 'body',
  tags: readonly string[] = WCAG_AA,
): Promise<AxeViolation[]> {
  // Once per page load: evaluating its 500 KB again for each state of one page cost 0.2 s a run.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([include, values]) => {
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } }
      ).axe;
      const result = await axe.run(
        { include: [include] },
        {
          runOnly: { type: 'tag', values: [...values] },
          // Only the violations are read: not building the passes' results takes a third off
          // each run on this page.
          resultTypes: ['violations'],
        },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    [selector, [...tags]] as const,
  );
}
