/**
 * Which table of UI text a story is read with, chosen by the story's language. Components take
 * theirs with useMessages(); the App provides it once per story. A language is one table
 * (en.ts, es.ts) and one line in TABLES.
 */
import { getContext, setContext } from 'svelte';
import { en } from './en';
import { es } from './es';

export type Messages = typeof en;

const TABLES: Readonly<Record<string, Messages>> = { en, es };

/** The languages the interface can be read in. */
export const UI_LANGUAGES: readonly string[] = Object.keys(TABLES);

/** The table for a BCP 47 language tag ("es-SV" reads "es"), English when there is none. */
export function messagesFor(language: string): Messages {
  const base = language.toLowerCase().split('-')[0] ?? '';
  return TABLES[language] ?? TABLES[base] ?? en;
}

const KEY = Symbol('messages');

/** Called once by the component that shows a story, during its initialisation. */
export function provideMessages(table: Messages): void {
  setContext(KEY, table);
}

/** The messages of the story on screen; English outside any story (tests of one component). */
export function useMessages(): Messages {
  return getContext<Messages | undefined>(KEY) ?? en;
}

/** The English table, for code outside components until it takes a table as a parameter. */
export const messages: Messages = en;
