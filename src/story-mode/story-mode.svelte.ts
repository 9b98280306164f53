/**
 * The stepper's state: which chapter of the story is on screen, what comes before and after,
 * whether the reader has explored away from it, and one method per intent. It owns nothing of
 * the view: every step goes to the reader's state as one command (showChapter), which sets the
 * selection, the window and the graph's frame, and writes the step into the address bar.
 */
import type { ReaderState } from '../app/reader-state.svelte';
import type { Chapter } from '../model/schema';
import type { StoryKeyIntent } from './keys';
import { documentFullScreen, Presenter, type FullScreen } from './presenter.svelte';

export class StoryMode {
  readonly #state: ReaderState;
  /** Presenter mode: the story on a projector (presenter.svelte.ts). */
  readonly presenter: Presenter;
  /** The screen is blacked out (presenter mode's B key): the class looks at the teacher. */
  blackout = $state(false);
  /** Bumped when the stepper should take the keyboard focus (the story has just started). */
  focusRequest = $state(0);

  constructor(reader: ReaderState, screen: FullScreen = documentFullScreen) {
    this.#state = reader;
    this.presenter = new Presenter(screen);
  }
  // Read through accessors: the derived fields below are evaluated later, on first use.
  get #reader(): ReaderState {
    return this.#state;
  }
  get chapters(): readonly Chapter[] {
    return this.#state.story.story.chapters ?? [];
  }

  /** The chapter's place in the list, from 0; -1 outside the story's steps. */
  readonly at: number = $derived(this.chapters.findIndex((c) => c.id === this.#reader.chapter));
  readonly current: Chapter | null = $derived(this.chapters[this.at] ?? null);
  readonly active: boolean = $derived(this.at >= 0);
  readonly hasPrevious: boolean = $derived(this.at > 0);
  readonly hasNext: boolean = $derived(this.active && this.at < this.chapters.length - 1);
  /** The reader has moved away from the chapter's view: "Back to the story" is offered. */
  readonly explored: boolean = $derived(this.active && !this.#reader.onChapter);

  /** Shows the chapter at a place in the list (nothing beyond either end, nor the same one). */
  go(at: number): void {
    const chapter = this.chapters[at];
    if (chapter && chapter.id !== this.#reader.chapter)
      this.#reader.showChapter(chapter.id, 'story');
  }

  start(): void {
    this.go(0);
    this.focusRequest++;
  }

  next(): void {
    if (this.active) this.go(this.at + 1);
  }

  previous(): void {
    if (this.active) this.go(this.at - 1);
  }

  /** Back to the chapter's own view after exploring from it. */
  back(): void {
    if (this.current) this.#reader.showChapter(this.current.id, 'story');
  }

  /** Leaves the story's steps; the view stays as it is, to explore from. */
  leave(): void {
    void this.stopPresenting();
    this.#reader.showChapter(null, 'story');
  }

  /**
   * Presents the story: from its first chapter if none is on screen; full screen when asked
   * from a button (a link cannot: the browser needs a press).
   */
  async present(fullScreen: boolean): Promise<void> {
    if (!this.active) this.go(0);
    await this.presenter.start(fullScreen);
  }

  async stopPresenting(): Promise<void> {
    this.blackout = false;
    await this.presenter.stop();
  }

  /** A key meant for the story (see keys.ts); whether it did anything. */
  key(intent: StoryKeyIntent): boolean {
    const presenting = this.presenter.presenting;
    if (!this.active) return false;
    switch (intent) {
      case 'next':
        this.next();
        return true;
      case 'previous':
        this.previous();
        return true;
      case 'first':
        this.go(0);
        return true;
      case 'last':
        this.go(this.chapters.length - 1);
        return true;
      case 'blackout':
        if (presenting) this.blackout = !this.blackout;
        return presenting;
    }
  }
}
