/**
 * Every piece of UI text, in one place, so that a translation is one new table.
 * Functions take the values they interpolate; components never build sentences themselves.
 */
export const messages = {
  appLoading: 'Loading the story…',
  graphLabel: 'Who is who: the entity graph',
  graphLoading: 'Loading the graph…',
  timelineLabel: 'Timeline of events',
  asOf: (date: string) => `As of ${date}`,
  eventsHeading: 'Events in date order',
  eventCount: (n: number) => `${n} event${n === 1 ? '' : 's'}`,
  errorHeading: 'This story could not be shown',
  errorIntro: (file: string, n: number) =>
    `${file} has ${n} problem${n === 1 ? '' : 's'}. Nothing was changed; fix ${n === 1 ? 'it' : 'them'} and reload.`,
  errorLoad: (file: string, reason: string) => `${file} could not be loaded: ${reason}`,
  errorWhere: (path: string) => (path ? path : 'the file'),
  errorFix: 'Fix:',
  dateAbout: (words: string) => `about ${words}`,
  dateRange: (from: string, to: string) => `${from} to ${to}`,
  basis: {
    stated: 'stated in the source',
    inferred: 'inferred from the source’s wording',
    reference: 'from a public reference',
  },
  precision: { day: 'day', month: 'month', year: 'year' },
} as const;

export type Messages = typeof messages;
