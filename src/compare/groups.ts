/** The comparison's points grouped as a teacher reads them: agreement, difference, one only. */
import type { Comparison, ComparisonVerdict } from '../model/schema';

const VERDICT_ORDER: readonly ComparisonVerdict[] = ['agree', 'differ', 'one-only'];

export interface ComparisonGroup {
  verdict: ComparisonVerdict;
  /** In the story's own order. */
  points: Comparison[];
}

/** Groups in VERDICT_ORDER, leaving out a verdict no point has. */
export function comparisonGroups(points: readonly Comparison[]): ComparisonGroup[] {
  return VERDICT_ORDER.map((verdict) => ({
    verdict,
    points: points.filter((p) => p.verdict === verdict),
  })).filter((g) => g.points.length > 0);
}
