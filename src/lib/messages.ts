/**
 * Every piece of UI text, in one place, so that a translation is one new table.
 * Functions take the values they interpolate; components never build sentences themselves.
 */
export const messages = {
  appLoading: 'Loading the story…',
  graphLabel: 'Who is who: the entity graph',
  graphLoading: 'Loading the graph…',
  timelineLabel: (n: number, from: string, to: string) =>
    `Timeline: ${n} events from ${from} to ${to}`,
  timelineHeading: 'When it happened',
  timelineHelp:
    'Left and right arrows move between events in date order, Home and End go to the first and last. Enter selects, Escape clears. Plus and minus zoom, Shift with an arrow pans, 0 resets the view.',
  timelineZoomIn: 'Zoom in',
  timelineZoomOut: 'Zoom out',
  timelineReset: 'Show the whole story',
  timelineEventName: (title: string, date: string) => `${title}, ${date}`,
  timelineBreak: (years: number) => `${years} year${years === 1 ? '' : 's'} with no events`,
  legendHeading: 'Key',
  legendPoint: 'a day',
  legendPeriod: 'a month or a year: the date is known only that far',
  legendRange: 'a span, from start to end',
  legendApproximate: 'faded, dashed: an approximate date',
  legendBreak: 'years left out',
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
  graph: {
    kinds: {
      person: 'person',
      organization: 'organization',
      'government-body': 'government body',
      country: 'country',
      place: 'place',
      facility: 'facility',
      law: 'law',
      group: 'group',
    },
    legendLabel: 'Kinds of entity',
    nodesLabel: (n: number) => `${n} entities; arrow keys move between them`,
    entityName: (name: string, kind: string, role: string | undefined, relations: number) =>
      [name, kind, role, `${relations} relation${relations === 1 ? '' : 's'}`]
        .filter(Boolean)
        .join(', '),
    inactive: 'not in the chosen period',
    relationName: (from: string, label: string, to: string) => `${from} ${label} ${to}`,
    claimStatus: {
      asserted: 'asserted by one side',
      alleged: 'alleged, not proven',
      disputed: 'disputed',
      denied: 'denied',
      admitted: 'admitted',
    },
    claim: (status: string, by: string, disputedBy: string | undefined, note: string) =>
      `A claim, ${status}. Claimed by ${by}.${disputedBy ? ` Disputed by ${disputedBy}.` : ''} ${note}`,
    list: (names: string[]) =>
      names.length < 3
        ? names.join(' and ')
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
    zoomIn: 'Zoom in on the graph',
    zoomOut: 'Zoom out of the graph',
    fit: 'Fit the whole graph',
    help: 'Arrow keys move to the nearest entity in that direction; Home, End, Page Up and Page Down follow reading order. Enter or Space selects, Escape clears. R steps through the relations of an entity. Plus and minus zoom, 0 fits the graph.',
    dashedKey: 'dashed: a claim (point at it to see who makes it)',
    zoomGroup: 'Zoom',
    layingOut: 'Laying out the graph…',
  },
} as const;

export type Messages = typeof messages;
