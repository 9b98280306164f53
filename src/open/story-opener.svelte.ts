/**
 * Which story is on screen, and where it came from: the explainer's own, a file on this site
 * named by the link (`?story=`), or files the reader opened from their computer. A story opened
 * here replaces the one shown (App makes a new explainer for it, with a fresh reader's state);
 * files with problems never do: the problems are reported and the story on screen stays.
 *
 * Files are read in the browser and go nowhere: there is no upload, by design (a teacher's
 * unpublished story, a student's draft).
 */
import { getContext, setContext } from 'svelte';
import { loadMessages, type Messages } from '../i18n/messages';
import type { LoadOutcome } from '../model/load';
import { searchForNewStory, storyLink } from '../model/url-state';
import type { OpenProblem } from './open-problem';
import type { OpenResult } from './read-files';
import { layoutBeside } from './layout-beside';
import { loadReader } from './reading';
import type { SheetFile } from './sheets';

export type StorySource =
  { kind: 'bundled' } | { kind: 'file'; files: readonly string[] } | { kind: 'link'; path: string };

/** What the reader is told after opening: the story opened, or every problem and no story. */
export interface OpenReport {
  /** The files' names, or the link's path, as the reader knows them. */
  files: string;
  /** The story opened, for the announcement; null when it was not. */
  opened: { title: string; events: number; entities: number } | null;
  errors: readonly OpenProblem[];
  warnings: readonly OpenProblem[];
  /** Opened from the reader's computer, so it cannot be linked to. */
  local: boolean;
  /** The reader asked for it just now (not a link followed on loading the page). */
  asked: boolean;
}

/** The address bar, as the opener needs it; a test gives its own. */
export interface Address {
  search(): string;
  href(): string;
  replace(search: string): void;
}

export interface OpenerIo {
  /** The explainer's own story (App's loader, in the reader's language). */
  bundled: () => Promise<LoadOutcome>;
  /** A story file on this site, as text; rejects when it cannot be fetched. */
  fetchText: (url: string) => Promise<string>;
  /** Puts a story on screen (resolved once it is: its language's UI text may load first). */
  show: (outcome: LoadOutcome) => Promise<void> | void;
  m: Messages;
  address?: Address;
}

const pageAddress: Address = {
  search: () => location.search,
  href: () => location.href,
  replace(search) {
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // A sandboxed frame may refuse: the story still shows, its link unchanged.
    }
  },
};

const fileOf = (path: string) => path.split(/[?#]/)[0]!.split('/').pop() || path;

export class StoryOpener {
  source = $state.raw<StorySource>({ kind: 'bundled' });
  report = $state.raw<OpenReport | null>(null);
  /** Files are being read. */
  reading = $state(false);
  /** Files are being dragged over the page. */
  dragging = $state(false);
  /** The header's "Open a story…" button should take the focus (after an open or a dismiss). */
  wantsFocus = $state(false);
  /** Files can be opened here (not in the explainer as one file, which leaves the reading out). */
  readonly canOpen = loadReader !== undefined;
  readonly #io: OpenerIo;
  readonly #address: Address;
  /** A story opened from files: App's next read (a change of language) shows it again. */
  #local: LoadOutcome | null = null;
  #latest = 0;

  constructor(io: OpenerIo) {
    this.#io = io;
    this.#address = io.address ?? pageAddress;
  }

  /**
   * The story to show, each time App reads it (on loading the page, on a change of language):
   * the files the reader opened, else the link's story file, else the explainer's own.
   */
  async load(): Promise<LoadOutcome> {
    if (this.#local) return this.#local;
    const m = this.#io.m.open;
    const link = storyLink(this.#address.search(), this.#address.href());
    if (link.kind === 'none' || !loadReader) return this.#io.bundled();
    const refuse = (message: string, fix: string) => {
      this.report = failure(link.path, [{ file: '', message, fix }], [], false);
      return this.#io.bundled();
    };
    if (link.kind === 'refused') return refuse(m.linkRefused(link.origin), m.linkRefusedFix);
    let text: string;
    try {
      text = await this.#io.fetchText(link.url);
    } catch (error) {
      return refuse(m.linkFailed(reason(error)), m.linkFailedFix);
    }
    const file = fileOf(link.path);
    const { readStoryFiles } = await loadReader();
    const result = readStoryFiles([{ name: file, data: text }], this.#io.m);
    if (!result.ok) {
      this.report = failure(link.path, result.errors, result.warnings, false);
      return this.#io.bundled();
    }
    const entities = result.story.entities.length;
    const layout = await layoutBeside(link.url, entities, this.#io.fetchText);
    this.source = { kind: 'link', path: link.path };
    this.report = result.warnings.length ? success(link.path, result, false, false) : null;
    return { file, ok: true, story: result.story, index: result.index, layout };
  }

  /** Reads the files the reader chose or dropped; shows their story, or every problem. */
  async openFiles(files: readonly File[]): Promise<void> {
    if (!loadReader) return;
    const ticket = ++this.#latest;
    const names = files.map((f) => f.name);
    const label = this.#io.m.open.files(names);
    this.reading = true;
    const [{ readStoryFiles }, read] = await Promise.all([
      loadReader(),
      Promise.all(
        files.map(async (f): Promise<SheetFile | OpenProblem> => {
          try {
            return { name: f.name, data: new Uint8Array(await f.arrayBuffer()) };
          } catch (error) {
            return { file: f.name, message: this.#io.m.open.unreadable(reason(error)) };
          }
        }),
      ),
    ]);
    // A later choice of files wins over this one.
    if (ticket !== this.#latest) return;
    this.reading = false;
    const unreadable = read.filter((f): f is OpenProblem => 'message' in f);
    const result: OpenResult = unreadable.length
      ? { ok: false, errors: unreadable, warnings: [] }
      : readStoryFiles(read as SheetFile[], this.#io.m);
    if (!result.ok) {
      this.report = failure(label, result.errors, result.warnings, true);
      return;
    }
    const outcome: LoadOutcome = {
      file: names[0] ?? '',
      ok: true,
      story: result.story,
      index: result.index,
    };
    if (!(await this.#ready(outcome, ticket))) return;
    this.#local = outcome;
    this.source = { kind: 'file', files: names };
    this.report = success(label, result, true, true);
    await this.#replace(outcome);
  }

  /** Shows the explainer's own story again, with a fresh view. */
  async backToDefault(): Promise<void> {
    const ticket = ++this.#latest;
    const outcome = await this.#io.bundled();
    if (!(await this.#ready(outcome, ticket))) return;
    this.#local = null;
    this.source = { kind: 'bundled' };
    this.report = null;
    await this.#replace(outcome);
  }

  /** The reader dismissed the report; the focus goes back to the control it came from. */
  dismiss(): void {
    if (this.report?.asked) this.wantsFocus = true;
    this.report = null;
  }

  /**
   * Whether a story is still the one to show once the interface text of its language is at hand
   * (a table other than English comes in a chunk of its own): false if a later choice came
   * meanwhile. Waited for before anything changes, so that the page changes all at once.
   */
  async #ready(outcome: LoadOutcome, ticket: number): Promise<boolean> {
    if (outcome.ok) await loadMessages(outcome.story.language);
    return ticket === this.#latest;
  }

  /**
   * A new story on screen: the address drops the last story's view (its ids may not exist in
   * this one) before the new explainer reads it, so the reader starts afresh. The focus goes to
   * the new explainer's control once it is on screen, not to the old one's on its way out.
   */
  async #replace(outcome: LoadOutcome): Promise<void> {
    this.#address.replace(searchForNewStory(this.#address.search(), null));
    await this.#io.show(outcome);
    this.wantsFocus = true;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failure(
  files: string,
  errors: readonly OpenProblem[],
  warnings: readonly OpenProblem[],
  asked: boolean,
): OpenReport {
  return { files, opened: null, errors, warnings, local: asked, asked };
}

function success(
  files: string,
  result: Extract<OpenResult, { ok: true }>,
  local: boolean,
  asked: boolean,
): OpenReport {
  const { story } = result;
  const opened = {
    title: story.title,
    events: story.events.length,
    entities: story.entities.length,
  };
  return { files, opened, errors: [], warnings: result.warnings, local, asked };
}

const KEY = Symbol('story-opener');

/** Called once by App, which owns the story on screen. */
export function provideOpener(opener: StoryOpener): void {
  setContext(KEY, opener);
}

/** The page's opener; undefined where a view is shown alone (component tests). */
export function useOpener(): StoryOpener | undefined {
  return getContext<StoryOpener | undefined>(KEY);
}
