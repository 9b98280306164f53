import type { ClaimStatus, ComparisonVerdict, DateBasis, EntityKind } from '../model/schema';
import type { Precision } from '../model/dates';

const KIND_NAMES: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organisation',
  'government-body': 'government body',
  country: 'country',
  place: 'place',
  facility: 'facility',
  law: 'law',
  group: 'group',
};

/**
 * Every piece of UI text, in one place, so that a translation is one new table.
 * Functions take the values they interpolate; components never build sentences themselves.
 */
export const en = {
  /** The locale dates are written in: "14 April 2025". */
  dateLocale: 'en-GB',
  appLoading: 'Loading the story…',
  detailsHeading: 'Details',
  detailsEmpty:
    'Select an event on the timeline, or a person or organisation in the graph, to see what is known and where each fact comes from.',
  detailsSourcesHeading: 'Sources of this story',
  detailsClear: 'Clear selection',
  detailsWho: 'Who was involved',
  detailsEvents: 'Events',
  detailsRelations: 'Relations',
  detailsEventsOfRelation: 'Events behind this relation',
  detailsCitations: 'Sources',
  detailsNote: 'Note',
  detailsPeriod: 'When it held',
  detailsPeriodFrom: (d: string) => `from ${d}`,
  detailsPeriodUntil: (d: string) => `until ${d}`,
  detailsPeriodAlways: 'no dates given: holds throughout the story',
  detailsPeriodOfEvents: (span: string) => `${span}, as its events show`,
  dateLine: (date: string, precision: string, basis: string) => `${date}, ${precision}, ${basis}`,
  dateNoteSummary: 'How we know the date',
  precisionWords: {
    day: 'exact day',
    month: 'known to the month',
    year: 'known to the year',
  } satisfies Record<Precision, string>,
  basisWords: {
    stated: 'stated in the source',
    inferred: 'inferred',
    reference: 'from a public reference',
  } satisfies Record<DateBasis, string>,
  approximateWord: 'approximate',
  approximateEndWords: {
    start: 'start approximate',
    end: 'end approximate',
  } satisfies Record<'start' | 'end', string>,
  tabCompare: 'Compare',
  compareIntro: (points: number) =>
    `The news reports of this story compared on ${points} points: what they all say, where they differ, and what only one reports. Each point quotes every report, or says it is silent.`,
  compareVerdicts: {
    agree: 'Where the reports agree',
    differ: 'Where they differ',
    'one-only': 'What only one report covers',
  } satisfies Record<ComparisonVerdict, string>,
  termOpen: 'What this means',
  termDefinitionOf: (term: string) => `What “${term}” means`,
  termClose: 'Close',
  claimHeading: 'A contested claim',
  claimBy: 'Claimed by',
  claimAtIssue: 'What is at issue',
  claimDisputedBy: 'Disputed by',
  claimStatus: {
    asserted: 'Asserted: one side says so',
    alleged: 'Alleged: an accusation, not proven',
    disputed: 'Disputed: the other side denies it',
    denied: 'Denied',
    admitted: 'Admitted by the side it harms',
  } satisfies Record<ClaimStatus, string>,
  kindNames: KIND_NAMES,
  kindPlural: {
    person: 'People',
    organization: 'Organisations',
    'government-body': 'Government bodies',
    country: 'Countries',
    place: 'Places',
    facility: 'Facilities',
    law: 'Laws',
    group: 'Groups',
  } satisfies Record<EntityKind, string>,
  sourceQuoteFrom: (source: string) => `— ${source}`,
  referenceLabel: 'Reference',
  sourcePublished: (source: string, date: string) => `${source} (${date})`,
  sourceOpen: 'Open the source ↗',
  sourceOpenLabel: (source: string) => `Open the source, ${source}, in a new tab`,
  relationSentence: (from: string, label: string, to: string) => `${from} ${label} ${to}`,
  listEventsHeading: 'Events in date order',
  listTermsHeading: 'Words explained',
  listEntitiesHeading: 'People, organisations and places',
  listRelationsHeading: 'Relations: who, what, to whom, when',
  /** A claim in words, where a dashed rule also marks it: "claim by X, disputed by Y". */
  claimLine: (by: string, disputedBy: string | undefined) =>
    `claim by ${by}${disputedBy ? `, disputed by ${disputedBy}` : ''}`,
  tabDetails: 'Details',
  tabLists: 'Lists',
  announceEntity: (name: string, events: number, relations: number) =>
    `Selected ${name}: ${events} event${events === 1 ? '' : 's'}, ${relations} relation${relations === 1 ? '' : 's'}`,
  announceEvent: (title: string, date: string, entities: number) =>
    `Selected ${title}, ${date}: ${entities} involved`,
  announceRelation: (sentence: string, events: number) =>
    `Selected relation: ${sentence}; ${events} event${events === 1 ? '' : 's'}`,
  announceCleared: 'Selection cleared',
  windowToggle: 'Graph as it stood in the timeline’s window',
  windowReadout: (period: string, shown: number, total: number) =>
    `Showing ${period}: ${shown} of ${total} people and organisations`,
  windowWhole: (total: number) => `Showing the whole story: all ${total} people and organisations`,
  windowOff: (total: number) => `Graph not filtered by time: all ${total} people and organisations`,
  noticeUnknownItem: (kind: string, id: string) =>
    `No ${kind} of this story has the id the link gives (the link’s text: “${id}”), so nothing is selected.`,
  noticeOneSelection: (kind: string, id: string) =>
    `The link names more than one item; the ${kind} it also names was left out (the link’s text: “${id}”).`,
  noticeBadDate: (which: string, value: string) =>
    `The link’s “${which}” is not a date like 2025-03 or 2025-04-14 (the link’s text: “${value}”), so the whole story is shown.`,
  noticeBackwardsWindow: (from: string, to: string) =>
    `The link’s window ends (${to}) before it starts (${from}), so the whole story is shown.`,
  noticeDismiss: 'Dismiss',
  graphLabel: 'Who is who: the entity graph',
  graphLoading: 'Loading the graph…',
  timelineLabel: (n: number, from: string, to: string) =>
    `Timeline: ${n} events from ${from} to ${to}`,
  skipLinksLabel: 'Skip to a view',
  skipToTimeline: 'Skip to timeline',
  skipToGraph: 'Skip to graph',
  skipToDetails: 'Skip to details',
  skipToLists: 'Skip to lists',
  listsJumpLabel: 'Jump within the lists',
  timelineHeading: 'When it happened',
  timelineEmpty: 'This story has no events yet: nothing to show on the timeline.',
  timelineHelp:
    'Left and right arrows move between events in date order, Home and End go to the first and last. Enter selects, Escape clears. Plus and minus zoom, Shift with an arrow pans, 0 resets the view.',
  timelineZoomGroup: 'Zoom the timeline',
  timelineZoomIn: 'Zoom in',
  timelineZoomOut: 'Zoom out',
  timelineReset: 'Whole story',
  timelineResetLabel: 'Show the whole story',
  timelineEarlierLabel: 'Move the window earlier',
  timelineLaterLabel: 'Move the window later',
  timelineEventName: (title: string, date: string) => `${title}, ${date}`,
  timelineBreak: (years: number) => `${years} year${years === 1 ? '' : 's'} with no events`,
  legendHeading: 'Key',
  legendPoint: 'day',
  legendPeriod: 'month or year',
  legendRange: 'span',
  legendApproximate: 'approximate',
  legendBreak: 'years left out',
  asOf: (date: string) => `As of ${date}`,
  embedSources: (n: number) => `${n} source${n === 1 ? '' : 's'}, each fact cited`,
  embedOpenFull: 'Open full screen',
  embedOpenFullLabel: 'Open this view full screen, in a new tab',
  embedCopyLink: 'Copy link to this view',
  embedCopied: 'Link copied',
  embedCopyManual: 'Copy this link:',
  embedThisView: 'Embed this view',
  embedDialogHelp:
    'Paste this into your article: the explainer opens at this view and sizes itself to your column.',
  embedCodeLabel: 'Embed code',
  embedCopyCode: 'Copy the code',
  embedPreviewWidth: 'Preview at',
  embedFullWidth: 'full width',
  embedPreviewTitle: 'Preview of the embed',
  embedClose: 'Close',
  embedFrameTitle: (title: string) => `${title}: interactive explainer`,
  errorHeading: 'This story could not be shown',
  errorIntro: (file: string, n: number) =>
    `${file} has ${n} problem${n === 1 ? '' : 's'}. Nothing was changed; fix ${n === 1 ? 'it' : 'them'} and reload.`,
  errorLoad: (file: string, reason: string) => `${file} could not be loaded: ${reason}`,
  errorWhere: (path: string) => (path ? path : 'the file'),
  errorFix: 'Fix:',
  dateAbout: (words: string) => `about ${words}`,
  dateRange: (from: string, to: string) => `${from} to ${to}`,
  dateAt: (date: string, time: string) => `${date} at ${time}`,
  graph: {
    kinds: KIND_NAMES,
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
    } satisfies Record<ClaimStatus, string>,
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
    dashedKey: 'dashed: a claim',
    zoomGroup: 'Zoom',
    layingOut: 'Laying out the graph…',
    empty: 'This story names no people or organisations yet: the graph is empty.',
    partial: 'Part of the graph: drag to see the rest, or ⤢ to fit it all.',
    groupsLabel: 'Groups of closely related entities: choose one to zoom in on it',
    groupOpen: (leader: string, count: number) =>
      `${leader} and ${count - 1} more: ${count} entities. Zoom in`,
  },
  // Export (issue 16)
  download: {
    open: 'Download',
    heading: 'Download this view',
    help: 'Pictures of the timeline and the graph as they stand now, with the title, what is shown and the sources written in; the data behind them; or the whole explainer as one file.',
    shows: (caption: string) => `Now: ${caption}`,
    picturesHeading: 'Pictures',
    views: { timeline: 'Timeline', graph: 'Graph' },
    formats: { png: 'PNG image', svg: 'SVG drawing' },
    pictureLabel: (view: string, format: string) => `${view} as ${format}`,
    dataHeading: 'Data',
    storyJson: 'The whole story (JSON)',
    eventsCsv: (n: number) => `${n} event${n === 1 ? '' : 's'} in the window (CSV)`,
    csvColumns: ['date', 'title', 'summary', 'sources'],
    singleHeading: 'The whole explainer',
    singleLink: (kilobytes: number) => `Download this explainer (${kilobytes} KB)`,
    singleHelp:
      'One HTML file that runs offline, with no network and no server: for a USB stick or a learning platform.',
    saved: (file: string) => `Saved ${file}`,
    failed: (file: string, reason: string) => `${file} could not be made: ${reason}`,
    notDrawn: 'the view is not drawn yet',
    close: 'Close',
    selected: (name: string) => `${name} selected`,
    wholeStory: 'The whole story',
    caption: (parts: readonly string[]) => parts.join(' · '),
    sources: (reports: readonly string[], references: number) =>
      `Sources: ${[...reports, `${references} public reference${references === 1 ? '' : 's'}`].join('; ')}`,
    credit: (sources: string, asOf: string, address?: string) =>
      [sources, `as of ${asOf}`, address].filter(Boolean).join(' · '),
  },
  // Your own story (issue 14)
  open: {
    button: 'Open a story…',
    heading: 'Open your own story',
    help: 'A story in the format this explainer reads: one JSON file, or the CSV sheets of a spreadsheet (story.csv, sources.csv, entities.csv, events.csv, relations.csv…). Choose the files, or drop them anywhere on this page.',
    privacy: 'The files are read here, in your browser. Nothing is uploaded or sent anywhere.',
    choose: 'Choose files…',
    inputLabel: 'Story files: one JSON file, or the CSV sheets',
    template: 'Start from the template, a small made-up story that uses every column:',
    templateLink: (file: string) => `Download the template’s ${file}`,
    showing: (files: string) => `On screen: the story opened from ${files}.`,
    localLink:
      'It is read from your computer, so it cannot be linked to: a link to this page opens the explainer’s own story.',
    back: 'Back to the default story',
    close: 'Close',
    drop: 'Drop the story’s files to open them',
    reading: 'Reading the story…',
    opened: (title: string, events: number, entities: number) =>
      `Opened “${title}”: ${events} event${events === 1 ? '' : 's'}, ${entities} ${entities === 1 ? 'entity' : 'entities'}.`,
    failed: (files: string, n: number) =>
      `${files} could not be opened: ${n} problem${n === 1 ? '' : 's'}`,
    kept: 'The story on screen has not changed. Fix the files and open them again.',
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}, which do not stop the story`,
    dismiss: 'Dismiss',
    fix: 'Fix:',
    theFiles: 'the files',
    line: (line: number, column: number) => `line ${line}, column ${column}`,
    row: (row: number, field?: string) => `row ${row}${field ? ` (${field})` : ''}`,
    column: (header: string) => `column ${header}`,
    field: (field: string) => `field ${field}`,
    files: (names: readonly string[]) =>
      names.length <= 2 ? names.join(' and ') : `${names.length} CSV files`,
    noFiles: 'no file was given',
    notStory: 'not a story file: its name ends neither in .json nor in .csv',
    kindFix: 'Open one story file ending in .json, or the story’s sheets ending in .csv.',
    mixed: 'a JSON file and CSV sheets were given together',
    mixedFix: 'Open either the story’s JSON file or its CSV sheets.',
    severalJson: (n: number) => `${n} JSON files were given; a story is one file`,
    severalJsonFix: 'Open one story at a time.',
    notUtf8: 'the file is not UTF-8 text',
    notUtf8Fix: 'Save it again as UTF-8: most editors offer it when saving.',
    utf16: 'this file is UTF-16 text; the explainer reads UTF-8',
    utf16Fix:
      'Save it as UTF-8: in Notepad, File → Save As, Encoding UTF-8; in VS Code, click “UTF-16” in the status bar, then Save with Encoding, UTF-8.',
    unreadable: (reason: string) => `the file could not be read: ${reason}`,
    linkRefused: (origin: string) =>
      `the link asks for a story from another site${origin ? ` (${origin})` : ''}. Only a story file on this site can be opened from a link, so nothing was fetched; the explainer’s own story is shown`,
    linkRefusedFix:
      'Put the story file on the same site as the explainer and link to it by its path, as ?story=stories/my-story.json.',
    linkFailed: (reason: string) =>
      `the story named in the link could not be loaded (${reason}); the explainer’s own story is shown`,
    linkFailedFix: 'Check the path in the link: it is read from this page’s folder.',
  },
  // Search (issue 14)
  search: {
    label: 'Search the story',
    placeholder: 'Search…',
    results: 'Search results',
    groups: {
      entity: 'People, organisations and places',
      event: 'Events',
      relation: 'Relations',
      source: 'Sources',
    },
    more: (shown: number, total: number) => `${shown} of ${total}`,
    count: (n: number) =>
      n === 0 ? 'Nothing found' : `${n} result${n === 1 ? '' : 's'}; up and down arrows to choose`,
    fields: {
      name: 'name',
      alias: 'also called',
      role: 'role',
      publisher: 'publisher',
      summary: 'summary',
      note: 'note',
      quote: 'quote',
    },
  },
  // Story mode (issue 12)
  story: {
    /** The chapter bar's region, for screen readers. */
    region: 'The story, step by step',
    start: (chapters: number) => `${chapters} chapters`,
    startLabel: (chapters: number) => `Walk through the story in ${chapters} chapters`,
    position: (at: number, of: number) => `${at} of ${of}`,
    positionLabel: (at: number, of: number) => `Chapter ${at} of ${of}`,
    previous: 'Previous',
    next: 'Next',
    previousLabel: 'Previous chapter',
    nextLabel: 'Next chapter',
    back: 'Back to the story',
    close: 'Leave the story',
    sources: (count: number) => `Sources (${count})`,
    keys: 'Page Down, Space or → for the next chapter; Page Up or ← for the previous; Home and End for the first and last.',
    present: 'Present',
    stopPresenting: 'Stop presenting',
    fullScreen: 'Full screen',
    fullScreenRefused: 'Full screen is not allowed here: the presentation fills the window.',
    blackedOut: 'The screen is blacked out: press B or the full stop to bring it back.',
    summaryMore: 'More',
    summaryLess: 'Less',
    handoutChapters: (n: number) => `The story in ${n} chapters`,
    noticeUnknownChapter: (id: string) =>
      `No chapter of this story has the id the link gives (the link’s text: “${id}”), so the story opens as a whole.`,
  },
  // Languages (issue 13)
  theme: {
    /** The high-contrast switch in the header (a toggle: pressed when on). */
    contrast: 'High contrast',
    /** Its tooltip: what it is for. */
    contrastHint: 'Show the page in higher contrast, for a projector',
  },
  language: {
    /** The switch's navigation landmark. */
    label: 'Language',
    /** Under a quote kept in its original language: the translation is the explainer's own. */
    quoteTranslation: 'Translated by this explainer:',
  },
};
