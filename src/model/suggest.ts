/**
 * "Did you mean" suggestions on mistyped ids and keys, on a budget: only candidates of a
 * similar length are compared, at most a few hundred of them, and each comparison stops as
 * soon as it is past the distance a typo can be. A file of thousands of long mistyped ids is
 * checked in a moment, not in minutes.
 */

/** Longer than this, a value is not a typo of an id: no suggestion is looked for. */
const MAX_VALUE_LENGTH = 100;
/** The most candidates compared for one value. */
const MAX_COMPARED = 200;
/** The most edits a typo is taken to have. */
const MAX_EDITS = 4;

// Two rows of the table, reused: no allocation per comparison.
let rowA = new Uint16Array(MAX_VALUE_LENGTH + MAX_EDITS + 2);
let rowB = new Uint16Array(MAX_VALUE_LENGTH + MAX_EDITS + 2);

/**
 * Edit distance of a and b, or `limit + 1` as soon as it is sure to be over `limit`. Only the
 * cells within `limit` of the diagonal are computed: a band, not the whole table.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const over = limit + 1;
  const m = b.length;
  if (Math.abs(a.length - m) > limit) return over;
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j;
  if (limit + 1 <= m) prev[limit + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    row[from - 1] = from === 1 ? Math.min(i, over) : over;
    let best = row[from - 1]!;
    const ch = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ch === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost, over);
      row[j] = d;
      if (d < best) best = d;
    }
    if (to + 1 <= m) row[to + 1] = over;
    if (best > limit) return over;
    [prev, row] = [row, prev];
  }
  rowA = prev;
  rowB = row;
  return prev[m]!;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  if (value.length > MAX_VALUE_LENGTH) return undefined;
  // A third of the value's length, as typos go, but never more than a few edits.
  const limit = Math.min(MAX_EDITS, Math.max(2, Math.floor(value.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let compared = 0;
  for (const candidate of candidates) {
    // Length alone bounds the distance: skip the work for hopeless candidates.
    if (Math.abs(candidate.length - value.length) > limit) continue;
    const d = editDistance(value, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d <= 1) break;
    }
    if (++compared >= MAX_COMPARED) break;
  }
  return best;
}
