/**
 * The reader's language: which of the story's languages is on screen, what the address asks
 * for, and the translation of each quote shown beneath it. The App owns one; the language
 * switch and the quotes read it through the context (useReaderLanguage).
 */
import { getContext, setContext } from 'svelte';
import type { LoadOutcome } from '../model/load';
import { chooseLanguage, languageParam, withLanguage } from './language';

export class ReaderLanguage {
  /** What the address asks for (?lang=): read on opening, and again on Back and Forward. */
  asked: string | null = $state(null);
  /** The languages the story on screen can be read in, its own first. */
  languages: readonly string[] = $state.raw([]);
  /** The language on screen. */
  current = $state('');
  /** The story's own language, in which its quotes are kept. */
  original = $state('');
  /** The switch was just used: the page in the new language gives its switch the focus. */
  refocus = false;
  /** The side panel's tab, kept here as a change of language makes the explainer anew. */
  tab = $state('details');
  /** Each quote's translation, by its words; none on the story's own language. */
  #quotes: ReadonlyMap<string, string> | undefined = $state.raw();
  readonly #browser: readonly string[];

  /** `search`: the address's query string; `browser`: navigator.languages. */
  constructor(search: string, browser: readonly string[]) {
    this.asked = languageParam(search);
    this.#browser = browser;
  }

  /** The language to show among a story's: the one asked for, else the browser's, else its own. */
  pick = (languages: readonly string[]): string =>
    chooseLanguage(this.asked, this.#browser, languages);

  /** The story as loaded: what it can be read in, the language shown, its quotes' translations. */
  show(outcome: LoadOutcome): void {
    if (!outcome.ok) return;
    this.languages = outcome.languages ?? [outcome.story.language];
    this.current = outcome.story.language;
    this.original = outcome.translation?.from ?? outcome.story.language;
    this.#quotes = outcome.translation?.quotes;
  }

  /** The explainer's translation of a quote; none where the quote is in the reader's language. */
  translationOf(quote: string): string | undefined {
    const translation = this.#quotes?.get(quote);
    return translation === quote ? undefined : translation;
  }

  /** The page shows a translation, not the story as written. */
  get translated(): boolean {
    return this.current !== this.original;
  }

  /** A view's query string in the language on screen, when that is a translation. */
  pinned(search: string): string {
    return this.translated ? withLanguage(search, this.current) : search;
  }

  /**
   * The reader chose a language: the address says so, as following the link would (a new
   * history entry; in an iframe the entry is replaced, so the article's Back still leaves),
   * and the page reads the story in it.
   */
  choose(language: string, search: string, push: boolean): void {
    const url = `${location.pathname}${withLanguage(search, language)}${location.hash}`;
    try {
      if (push) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed frame may refuse history changes: the language still changes.
    }
    this.refocus = true;
    this.asked = language;
  }

  /** Back or Forward: the address may ask for another language. */
  followAddress(search: string): void {
    this.asked = languageParam(search);
  }
}

const KEY = Symbol('reader-language');

/** Called once by the App, during its initialisation. */
export function provideReaderLanguage(language: ReaderLanguage): void {
  setContext(KEY, language);
}

/** The reader's language; undefined outside the App (a component on its own, in a test). */
export function useReaderLanguage(): ReaderLanguage | undefined {
  return getContext<ReaderLanguage | undefined>(KEY);
}
