/**
 * The one table `npm run bench` ends with: each target of the scale issue, what it asks and
 * what was measured, with the load average (1 minute) when it was. The benches run in more
 * than one process (scripts/bench-graph.ts is its own), so rows go through a file.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const FILE = 'node_modules/.cache/bench-summary.jsonl';

interface Row {
  what: string;
  target: string;
  measured: string;
  load: string;
}

/** The middle value (the upper one of an even count), as every bench table reports it. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Adds a row to the summary. */
export function summarize(what: string, target: string, measured: string, load: string): void {
  mkdirSync('node_modules/.cache', { recursive: true });
  appendFileSync(FILE, JSON.stringify({ what, target, measured, load } satisfies Row) + '\n');
}

/** Starts a new summary. */
summarize.reset = () => rmSync(FILE, { force: true });

export function printSummary(quick: boolean): void {
  const rows: Row[] = existsSync(FILE)
    ? readFileSync(FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Row)
    : [];
  console.log(
    `\n### Summary${quick ? ' (BENCH_QUICK: the story’s own size only, a smoke test, not a measurement)' : ''}\n`,
  );
  console.log('| what | target | measured | load average |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.what} | ${r.target} | ${r.measured} | ${r.load} |`);
}
