/**
 * Presenter mode: the story on a projector, for a class. Full screen when the browser allows it
 * (inside an iframe without `allowfullscreen` it refuses, and the presenter view fills the
 * window instead) and the pointer hidden after two seconds still. The screen's API comes in as
 * a parameter, so every rule here is tested without a browser. The `present` parameter of the
 * address bar is in present-param.ts.
 */

/** How long the pointer may stay still before it is hidden, in ms. */
export const CURSOR_IDLE_MS = 2000;

/** The browser's full screen, as the presenter needs it. */
export interface FullScreen {
  /** Whether the page may go full screen at all (false in most iframes). */
  allowed(): boolean;
  /** Asks for full screen; rejects when the browser refuses. */
  enter(): Promise<void>;
  exit(): Promise<void>;
  /** Whether the page is full screen now. */
  active(): boolean;
}

/** The document's Fullscreen API; nothing is touched until a method is called. */
export const documentFullScreen: FullScreen = {
  allowed: () => Boolean(document.fullscreenEnabled),
  enter: () => document.documentElement.requestFullscreen(),
  exit: () => document.exitFullscreen(),
  active: () => document.fullscreenElement !== null,
};

export class Presenter {
  presenting = $state(false);
  /** The page is full screen for the presentation. */
  fullScreen = $state(false);
  /** Full screen was asked for and refused: the presenter view fills the window instead. */
  refused = $state(false);
  /** The pointer has been still for two seconds: hide it from the class. */
  cursorHidden = $state(false);
  readonly #screen: FullScreen;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(screen: FullScreen) {
    this.#screen = screen;
  }

  /**
   * Starts presenting; with `fullScreen` (a button press: the browser needs one) asks for full
   * screen too. A page opened with `?present` starts without it, and offers the button.
   */
  async start(fullScreen: boolean): Promise<void> {
    this.presenting = true;
    this.moved();
    if (fullScreen) await this.enterFullScreen();
  }

  async enterFullScreen(): Promise<void> {
    if (!this.#screen.allowed()) {
      this.refused = true;
      return;
    }
    try {
      await this.#screen.enter();
      this.fullScreen = true;
      this.refused = false;
    } catch {
      this.refused = true;
    }
  }

  async stop(): Promise<void> {
    this.presenting = false;
    this.cursorHidden = false;
    clearTimeout(this.#timer);
    const wasFull = this.fullScreen;
    this.fullScreen = false;
    if (wasFull && this.#screen.active()) await this.#screen.exit().catch(() => {});
  }

  /** The browser left full screen (Escape, or its own button): the presentation ends with it. */
  fullScreenChanged(): void {
    if (this.fullScreen && !this.#screen.active()) void this.stop();
  }

  /** The pointer moved: show it, and hide it again after two seconds still. */
  moved(): void {
    this.cursorHidden = false;
    clearTimeout(this.#timer);
    if (!this.presenting) return;
    this.#timer = setTimeout(() => (this.cursorHidden = true), CURSOR_IDLE_MS);
  }
}
