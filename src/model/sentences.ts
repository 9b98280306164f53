/**
 * The sentences the app says about items, built in one place from the messages table: what a
 * screen reader hears on a selection, an event's date line, a relation's period, the window's
 * readout. Components show these strings; they never assemble sentences themselves.
 */
import type { Messages } from '../i18n/messages';
import { formatIsoDate, formatStoryDate, formatWindow, precisionOf, spanOf } from './dates';
import type { Span, StoryIndex } from './indexes';
import type { Claim, Entity, Relation, Story, StoryDate, StoryEvent } from './schema';
import { eventsOfRelation, type ItemRef } from './selection';
import type { ActiveItems } from './time-window';

const nameOf = (index: StoryIndex, id: string) => index.entityById.get(id)?.name ?? id;

/** "Selected Kilmar Abrego Garcia: 7 events, 11 relations", or that the selection cleared. */
export function announcement(index: StoryIndex, selection: ItemRef | null, m: Messages): string {
  if (!selection) return m.announceCleared;
  if (selection.kind === 'entity') {
    const entity = index.entityById.get(selection.id);
    if (!entity) return m.announceCleared;
    return m.announceEntity(
      entity.name,
      index.eventsOfEntity.get(selection.id)?.length ?? 0,
      index.relationsOfEntity.get(selection.id)?.length ?? 0,
    );
  }
  if (selection.kind === 'event') {
    const event = index.eventById.get(selection.id);
    if (!event) return m.announceCleared;
    return m.announceEvent(
      event.title,
      formatStoryDate(event.date, m),
      index.entitiesOfEvent.get(selection.id)?.length ?? 0,
    );
  }
  const relation = index.relationById.get(selection.id);
  if (!relation) return m.announceCleared;
  return m.announceRelation(
    relationSentence(index, selection.id, m),
    eventsOfRelation(index, selection.id).length,
  );
}

/** "Donald Trump hosts Nayib Bukele": a relation as a sentence. */
export function relationSentence(index: StoryIndex, relationId: string, m: Messages): string {
  const r = index.relationById.get(relationId);
  if (!r) return relationId;
  return m.relationSentence(nameOf(index, r.from), r.label, nameOf(index, r.to));
}

/**
 * "14 April 2025, exact day, inferred": a date with how sure it is and on what basis. The
 * date's note (how we know) is shown apart, behind its own disclosure.
 */
export function dateLine(date: StoryDate, m: Messages): string {
  const precision = m.precisionWords[precisionOf(date.start)];
  const sure =
    date.approximate === true
      ? `${m.approximateWord}, ${precision}`
      : date.approximate
        ? `${m.approximateEndWords[date.approximate]}, ${precision}`
        : precision;
  return m.dateLine(formatStoryDate(date, m), sure, m.basisWords[date.basis]);
}

/**
 * A relation's claim in words, "claim by X, disputed by Y", so that its status never rests
 * on a dashed line; undefined for a relation that is plain fact.
 */
export function claimLine(index: StoryIndex, relationId: string, m: Messages): string | undefined {
  const claim = index.relationById.get(relationId)?.claim;
  if (!claim) return undefined;
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(index, id)).join(', ');
  return m.claimLine(
    names(claim.by),
    claim.disputedBy?.length ? names(claim.disputedBy) : undefined,
  );
}

/**
 * When a relation held: "from March 2025", "1798 to 1945", the span of its events when it
 * has no dates of its own, or throughout the story.
 */
export function periodLine(index: StoryIndex, relationId: string, m: Messages): string {
  const r = index.relationById.get(relationId);
  if (!r) return '';
  if (r.start === undefined && r.end === undefined) {
    const events = (r.events ?? [])
      .flatMap((id) => index.eventById.get(id) ?? [])
      .map((e) => e.date);
    if (events.length) {
      const first = events.reduce((a, b) => (isoStart(b) < isoStart(a) ? b : a));
      const last = events.reduce((a, b) => (isoEnd(b) > isoEnd(a) ? b : a));
      return m.detailsPeriodOfEvents(
        periodWords(first.start, last.end ?? last.start, m) ?? m.detailsPeriodAlways,
      );
    }
  }
  return periodWords(r.start, r.end, m) ?? m.detailsPeriodAlways;
}

const isoStart = (d: StoryDate) => spanOf(d).start;
const isoEnd = (d: StoryDate) => spanOf(d).end;

function periodWords(start: string | undefined, end: string | undefined, m: Messages) {
  if (start && end && start === end) return formatIsoDate(start, m);
  if (start && end) return m.dateRange(formatIsoDate(start, m), formatIsoDate(end, m));
  if (start) return m.detailsPeriodFrom(formatIsoDate(start, m));
  if (end) return m.detailsPeriodUntil(formatIsoDate(end, m));
  return undefined;
}

/** What the graph shows of the story: all of it, or who was connected in the window. */
export function windowReadout(
  view: { filterByWindow: boolean; window: Span | null; active: ActiveItems | null },
  totalEntities: number,
  m: Messages,
): string {
  if (!view.filterByWindow) return m.windowOff(totalEntities);
  if (!view.window || !view.active) return m.windowWhole(totalEntities);
  return m.windowReadout(formatWindow(view.window, m), view.active.entities.size, totalEntities);
}

/**
 * What a picture of a view shows, in a line under its title: the selection, and the period
 * ("Kilmar Abrego Garcia selected · March 2025 to April 2025"); the graph's says how much of
 * the story it shows then, as its readout does.
 */
export function pictureCaption(
  view: 'timeline' | 'graph',
  index: StoryIndex,
  state: { selection: ItemRef | null } & Parameters<typeof windowReadout>[0],
  m: Messages,
): string {
  const period =
    view === 'graph'
      ? windowReadout(state, index.entityById.size, m)
      : state.window
        ? formatWindow(state.window, m)
        : m.download.wholeStory;
  const s = state.selection;
  const name =
    s?.kind === 'entity'
      ? index.entityById.get(s.id)?.name
      : s?.kind === 'event'
        ? index.eventById.get(s.id)?.title
        : s && relationSentence(index, s.id, m);
  return m.download.caption(name ? [m.download.selected(name), period] : [period]);
}

/** A picture's credit: the reports by name, how many references, and when the story stands. */
export function pictureCredit(story: Story, address: string | undefined, m: Messages): string {
  const reports = story.sources.filter((s) => s.kind === 'report');
  const sources = m.download.sources(
    reports.map((s) => s.publisher ?? s.title),
    story.sources.length - reports.length,
  );
  return m.download.credit(sources, formatIsoDate(story.asOf, m), address);
}

/** "Trump hosts Bukele at the White House, 14 April 2025". */
export function eventName(event: StoryEvent, m: Messages): string {
  return m.timelineEventName(event.title, formatStoryDate(event.date, m));
}

/** The listbox's name, from the events in date order. */
export function timelineName(events: readonly StoryEvent[], m: Messages): string {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return m.timelineLabel(0, '', '');
  return m.timelineLabel(
    events.length,
    formatIsoDate(first.date.start, m),
    formatIsoDate(last.date.start, m),
  );
}

/** Every event's name by id, formatted once per story rather than on every frame of a zoom. */
export function eventNames(
  events: readonly StoryEvent[],
  m: Messages,
): ReadonlyMap<string, string> {
  return new Map(events.map((e) => [e.id, eventName(e, m)]));
}

// The graph's sentences: what a screen reader hears for each node and relation, and what the
// tooltip shows. Each takes the graph's messages (useMessages().graph in a component).
type GraphMessages = Messages['graph'];

/** "Nayib Bukele, person, President of El Salvador, 9 relations" */
export function entityName(entity: Entity, index: StoryIndex, m: GraphMessages): string {
  const relations = index.relationsOfEntity.get(entity.id)?.length ?? 0;
  return m.entityName(entity.name, m.kinds[entity.kind], entity.role, relations);
}

/** Every entity's accessible name, by id. */
export function entityNames(
  entities: readonly Entity[],
  index: StoryIndex,
  m: GraphMessages,
): ReadonlyMap<string, string> {
  return new Map(entities.map((e) => [e.id, entityName(e, index, m)]));
}

/** "Donald Trump is President of United States" */
export function relationName(relation: Relation, index: StoryIndex, m: GraphMessages): string {
  const name = (id: string) => index.entityById.get(id)?.name ?? id;
  return m.relationName(name(relation.from), relation.label, name(relation.to));
}

/** Who claims it, who disputes it, its status and note; empty for a plain relation. */
export function claimDescription(
  claim: Claim | undefined,
  index: StoryIndex,
  m: GraphMessages,
): string {
  if (!claim) return '';
  const names = (ids: string[]) => m.list(ids.map((id) => index.entityById.get(id)?.name ?? id));
  const disputed = claim.disputedBy?.length ? names(claim.disputedBy) : undefined;
  return m.claim(m.claimStatus[claim.status], names(claim.by), disputed, claim.note);
}
