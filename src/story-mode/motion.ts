/**
 * How long a step of the story takes to move the views: long enough to see where things went,
 * short enough not to wait for (under 400 ms), and no time at all for a reader who asks the
 * system for reduced motion.
 */
export const STEP_MS = 300;

/** The duration of the next step's movement, in ms: 0 under prefers-reduced-motion. */
export function stepMs(): number {
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return reduce ? 0 : STEP_MS;
}
