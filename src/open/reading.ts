/**
 * The reading of a reader's files (JSON positions, CSV sheets and Papa Parse), loaded only when
 * a story is opened. The explainer as one file leaves it out to stay within its size budget
 * (scripts/build-single.ts makes this undefined): that offline copy offers no "Open a story…".
 */
export const loadReader: (() => Promise<typeof import('./read-files')>) | undefined = () =>
  import('./read-files');
