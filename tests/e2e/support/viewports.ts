/** The screens every view is tried on: a laptop, a 1024×768 classroom projector, a phone. */
export const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 360, height: 740 },
] as const;
