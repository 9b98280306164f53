import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { messagesFor } from './messages';

/** Every text of a table (not its functions), by its path: "graph.zoomIn". */
function texts(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((v, i) => out.set(`${path}[${i}]`, String(v)));
    else if (value && typeof value === 'object')
      texts(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

describe('the tables of UI text', () => {
  it('gives Spanish to every Spanish-speaking reader, English otherwise', () => {
    const table = (tag: string) => (messagesFor(tag) === es ? 'es' : 'en');
    expect(['es', 'es-SV', 'es-US', 'es-419', 'ES-mx', 'en', 'en-US', 'fr', ''].map(table)).toEqual(
      ['es', 'es', 'es', 'es', 'es', 'en', 'en', 'en', 'en'],
    );
  });

  it('has no English text left in the Spanish table', () => {
    const english = texts(en);
    const spanish = texts(es);
    expect([...spanish.keys()]).toEqual([...english.keys()]);
    const same = [...spanish].filter(([path, text]) => english.get(path) === text);
    expect(same).toEqual([]);
  });

  it('writes dates with the Spanish locale', () => {
    expect(es.dateLocale).toBe('es');
  });
});
