// Shared by the tests that draw marks on a canvas (the timeline's and the picture export's).
import type { MarkColors } from './draw-marks';

/** The light theme's mark colours, written out, so a test's expected fills are literals. */
export const TEST_MARK_COLORS: MarkColors = {
  '--color-mark': '#2f74c0',
  '--color-selected': '#1a1d23',
  '--color-hover': '#4d0a06',
  '--color-mark-period-fill': '#5f8fcc',
  '--color-dimmed': '#808a98',
  '--color-bg': '#ffffff',
  '--color-text': '#1a1d23',
};
