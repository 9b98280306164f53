/**
 * The reader's state in the address bar, so a link opens exactly the view it was copied from.
 *
 *   ?entity=ID | ?event=ID | ?relation=ID   the selected item (one at most)
 *   &from=DATE&to=DATE                      the time window (ISO: 1798, 2025-03, 2025-04-14)
 *   &filter=off                             the graph is not filtered by the window
 *   &chapter=ID                             the story's chapter (step) the reader is on
 *   &story=PATH                             a story file on this site, opened instead of the
 *                                           bundled one (storyLink); kept in every link
 *
 * A chapter alone opens its own view (its selection and window); with the parameters above,
 * the reader has explored from that step, and they say where to.
 *
 * Parsing never fails: an unknown id or a bad date becomes a notice and is ignored.
 * Parameters this module does not know are kept as they are (an embed may add its own).
 */
import { parseIsoDate, startOf, endOf } from './dates';
import type { Span, StoryIndex } from './indexes';
import type { ItemKind, ItemRef } from './selection';
import { itemExists } from './selection';
import type { Messages } from '../i18n/messages';
import type { Chapter } from './schema';
import { ITEM_KINDS } from './vocabulary';
import { chapterView, showsChapter } from './chapters';

export interface UrlState {
  selection: ItemRef | null;
  window: Span | null;
  filterByWindow: boolean;
  /** The chapter the reader is on; null or absent outside the story's steps. */
  chapter?: string | null;
}

const ITEM_PARAMS: readonly ItemKind[] = ITEM_KINDS;
/** The parameters of a view: with a chapter, they say the reader has explored from it. */
const VIEW_PARAMS = [...ITEM_PARAMS, 'from', 'to'];
const DAY = 86_400_000;
/** The most of a link's text a notice quotes: a link can say anything, at any length. */
const EXCERPT = 40;

/**
 * A short excerpt of a link's text for a notice: at most 40 characters, then "…", on one line.
 * The notice says it is the link's text, so a link cannot make the page seem to say anything.
 */
function linkExcerpt(value: string): string {
  const flat = value.replace(/[\s\p{Cc}\p{Cf}]+/gu, ' ');
  const chars = [...flat];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : flat;
}

/** The state a query string names, and a notice (in `m`'s words) for each part ignored. */
export function parseUrlState(
  search: string,
  index: StoryIndex,
  m: Messages,
  chapters: readonly Chapter[] = [],
): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const chapterId = params.get('chapter');
  const chapter = chapters.find((c) => c.id === chapterId);
  if (chapterId !== null && !chapter)
    notices.push(m.story.noticeUnknownChapter(linkExcerpt(chapterId)));
  const explored = VIEW_PARAMS.some((key) => params.has(key));
  if (chapter && !explored) {
    const { selection, window } = chapterView(chapter);
    const filterByWindow = params.get('filter') !== 'off';
    return { state: { selection, window, filterByWindow, chapter: chapter.id }, notices };
  }
  let selection: ItemRef | null = null;
  for (const kind of ITEM_PARAMS) {
    const id = params.get(kind);
    if (id === null) continue;
    const item = { kind, id };
    if (selection) notices.push(m.noticeOneSelection(kind, linkExcerpt(id)));
    else if (itemExists(index, item)) selection = item;
    else notices.push(m.noticeUnknownItem(kind, linkExcerpt(id)));
  }
  const window = parseWindow(params.get('from'), params.get('to'), index, notices, m);
  const filterByWindow = params.get('filter') !== 'off';
  return { state: { selection, window, filterByWindow, chapter: chapter?.id ?? null }, notices };
}

function parseBound(
  value: string,
  which: 'from' | 'to',
  notices: string[],
  m: Messages,
): number | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) {
    notices.push(m.noticeBadDate(which, linkExcerpt(value)));
    return undefined;
  }
  return which === 'from' ? startOf(parsed.date) : endOf(parsed.date);
}

function parseWindow(
  from: string | null,
  to: string | null,
  index: StoryIndex,
  notices: string[],
  m: Messages,
): Span | null {
  if (from === null && to === null) return null;
  const start = from === null ? index.extent.start : parseBound(from, 'from', notices, m);
  const end = to === null ? index.extent.end : parseBound(to, 'to', notices, m);
  if (start === undefined || end === undefined) return null;
  if (end <= start) {
    // An open end is the story's own: say which day it is, not "()".
    notices.push(m.noticeBackwardsWindow(from ?? isoDay(start), to ?? isoDay(end - DAY)));
    return null;
  }
  return { start, end };
}

/** Day-precision ISO of an instant, in UTC. */
function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The window as the days it covers: from its first day to its last (inclusive). */
export function windowParams(window: Span): { from: string; to: string } {
  return { from: isoDay(window.start), to: isoDay(Math.max(window.start, window.end - DAY)) };
}

/**
 * The query string for a state, keeping parameters that are not the reader's state. On a
 * chapter's own view only the chapter is written (given the chapters), so a step's link is
 * short; once the reader explores, the view is written out too.
 */
export function serializeUrlState(
  state: UrlState,
  currentSearch = '',
  chapters: readonly Chapter[] = [],
): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of [...VIEW_PARAMS, 'filter', 'chapter']) params.delete(key);
  const chapter = chapters.find((c) => c.id === state.chapter);
  if (state.chapter) params.set('chapter', state.chapter);
  if (chapter && showsChapter(state, chapter)) {
    if (!state.filterByWindow) params.set('filter', 'off');
    return query(params);
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.window) {
    const { from, to } = windowParams(state.window);
    params.set('from', from);
    params.set('to', to);
  }
  if (!state.filterByWindow) params.set('filter', 'off');
  return query(params);
}

function query(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What `?story=` asks for: nothing, a story file on this site, or one that is refused. */
export type StoryLink =
  | { kind: 'none' }
  | { kind: 'same-site'; url: string; path: string }
  | { kind: 'refused'; path: string; origin: string };

/**
 * The story a link names with `?story=`, resolved against the page's address. Only a file on
 * the page's own site (its origin, over http or https) may open: a story from another site
 * could track the reader or show anything under this page's name, so it is refused here,
 * before anything is fetched.
 */
export function storyLink(search: string, page: string): StoryLink {
  const path = new URLSearchParams(search).get('story')?.trim();
  if (!path) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(path, page);
  } catch {
    return { kind: 'refused', path, origin: '' };
  }
  const here = new URL(page);
  const web = /^https?:$/.test(url.protocol);
  if (!web || url.origin !== here.origin) {
    return { kind: 'refused', path, origin: web ? url.origin : url.protocol };
  }
  return { kind: 'same-site', url: url.href, path };
}

/**
 * The query string for a story just put on screen: the reader's view of the last story
 * (selection, window, filter, chapter) is dropped, since its ids may not exist in the new one,
 * and `story` names the new story's file on this site, or is dropped for one that has none.
 * Other parameters (the embed's, the language) are kept.
 */
export function searchForNewStory(currentSearch: string, storyPath: string | null): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of [...VIEW_PARAMS, 'filter', 'chapter', 'story']) params.delete(key);
  if (storyPath !== null) params.set('story', storyPath);
  return query(params);
}

/**
 * The part of a query string that says which story the page shows (`?story=`): the links the
 * page gives (an embed's, "Open full screen") keep it, or they would open another story.
 */
export function storyParams(search: string): string {
  const story = new URLSearchParams(search).get('story');
  return story === null ? '' : query(new URLSearchParams({ story }));
}

/**
 * A link to an item, for anchors that also work when opened in a new tab. It keeps which
 * story and which language the page shows (`story`, `lang` of `currentSearch`): a link from
 * a reader's own story, or from the Spanish page, opens the same story in the same language.
 */
export function hrefFor(item: ItemRef, currentSearch = ''): string {
  const params = new URLSearchParams(storyParams(currentSearch));
  const lang = new URLSearchParams(currentSearch).get('lang');
  if (lang !== null) params.set('lang', lang);
  params.set(item.kind, item.id);
  return `?${params.toString()}`;
}
