import { describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { es } from './es';
import { loadMessages, messagesFor } from './messages';

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
  it('gives Spanish to every Spanish-speaking reader, English otherwise', async () => {
    const tags = ['es', 'es-SV', 'es-US', 'es-419', 'ES-mx', 'en', 'en-US', 'fr', '', 'toString'];
    const tables = await Promise.all(tags.map(loadMessages));
    const name = (table: unknown) => (table === es ? 'es' : table === en ? 'en' : 'neither');
    const expected = ['es', 'es', 'es', 'es', 'es', 'en', 'en', 'en', 'en', 'en'];
    expect(tables.map(name)).toEqual(expected);
    // Once loaded, the same tables at once.
    expect(tags.map((tag) => name(messagesFor(tag)))).toEqual(expected);
  });

  it('has no English text left in the Spanish table', () => {
    const english = texts(en);
    const spanish = texts(es);
    expect([...spanish.keys()]).toEqual([...english.keys()]);
    const same = [...spanish].filter(([path, text]) => english.get(path) === text);
    expect(same).toEqual([]);
  });

  it('has only English at hand until another table is loaded, and reads English if it cannot be', async () => {
    vi.resetModules();
    vi.doMock('./es', () => Promise.reject(new Error('the network went')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const fresh = await import('./messages');
      expect(fresh.messagesFor('en-GB')).toBe(fresh.messages);
      expect(() => fresh.messagesFor('es')).toThrow('the es interface text is not loaded');
      expect(await fresh.loadMessages('es')).toBe(fresh.messages);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      vi.doUnmock('./es');
      warn.mockRestore();
    }
  });

  it('writes dates with the Spanish locale', () => {
    expect(es.dateLocale).toBe('es');
  });
});
