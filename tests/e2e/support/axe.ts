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

/** WCAG 2.2 A and AA, the rules every page must pass. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Those and axe's best practices, for the states that must pass both. */
export const WITH_BEST_PRACTICE = [...WCAG_TAGS, 'best-practice'] as const;

/**
 * The violations under `selector` (the whole page by default), as a plain list to compare;
 * `tags` chooses axe's rules (WCAG 2.2 A and AA by default).
 */
export async function axeViolations(
  page: Page,
  selector = 'body',
  tags: readonly string[] = WCAG_TAGS,
): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([include, values]) => {
      const axe = (
        window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } }
      ).axe;
      const result = await axe.run(
        { include: [include] },
        {
          runOnly: { type: 'tag', values: [...values] },
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
