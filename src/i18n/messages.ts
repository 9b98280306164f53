/**
 * Which table of UI text a story is read with, chosen by the story's language. Components take
 * theirs with useMessages(); the App provides it once per story. A language is one table
 * (en.ts, es.ts) and one line in TABLES.
 *
 * English is in the page's first script; every other table comes in a chunk of its own, asked
 * for by the page that needs it (loadMessages): the Spanish table is 5 kB gzipped that an English
 * reader on a slow school network would otherwise wait 0.1 s for.
 */
import { getContext, setContext } from 'svelte';
import { en } from './en';

export type Messages = typeof en;

const TABLES: Readonly<Record<string, () => Promise<Messages>>> = {
  en: async () => en,
  es: async () => (await import('./es')).es,
};

/** The languages the interface can be read in. */
export const UI_LANGUAGES: readonly string[] = Object.keys(TABLES);

/** The tables at hand, by language. */
const loaded = new Map<string, Messages>([['en', en]]);

/** The table a BCP 47 language tag reads ("es-SV" reads "es"); English when there is none. */
function tableLanguage(language: string): string {
  const base = language.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(TABLES, language) ? language : Object.hasOwn(TABLES, base) ? base : 'en';
}

/**
 * The table for a language, once it is at hand. If its chunk cannot be had (the network went),
 * the page is read in English rather than not at all.
 */
export async function loadMessages(language: string): Promise<Messages> {
  const key = tableLanguage(language);
  let table = loaded.get(key);
  if (!table) {
    table = await TABLES[key]!().catch((error: unknown) => {
      console.warn(`The ${key} interface text could not be loaded; English instead.`, error);
      return en;
    });
    loaded.set(key, table);
  }
  return table;
}

/** The table for a BCP 47 language tag, which loadMessages has brought. */
export function messagesFor(language: string): Messages {
  const key = tableLanguage(language);
  const table = loaded.get(key);
  if (!table) throw new Error(`the ${key} interface text is not loaded: await loadMessages first`);
  return table;
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
