import { describe, expect, it } from 'vitest';
import { storyKeyIntent, type KeyPlace } from './keys';

const PLACES: KeyPlace[] = ['page', 'button', 'widget', 'text'];

/** Each key's meaning in each place: page, button, widget, text ('-': not the story's). */
const TABLE: Record<string, string> = {
  PageDown: 'next next next -',
  PageUp: 'previous previous previous -',
  ArrowRight: 'next next - -',
  ArrowLeft: 'previous previous - -',
  Home: 'first first - -',
  End: 'last last - -',
  ' ': 'next - - -',
  b: 'blackout blackout - -',
  B: 'blackout blackout - -',
  '.': 'blackout blackout - -',
  ArrowUp: '- - - -',
  ArrowDown: '- - - -',
  Enter: '- - - -',
  Escape: '- - - -',
  a: '- - - -',
};

describe('the story’s keys', () => {
  it.each(Object.entries(TABLE))(
    '%j means %s on the page, a button, a widget, a text field',
    (key, row) => {
      const got = PLACES.map((place) => storyKeyIntent({ key }, place) ?? '-').join(' ');
      expect(got).toBe(row);
    },
  );

  it('goes back with Shift and Space, as a browser and a slide show do', () => {
    expect(storyKeyIntent({ key: ' ', shiftKey: true }, 'page')).toBe('previous');
  });

  it('leaves every shortcut to the browser', () => {
    for (const key of Object.keys(TABLE))
      for (const modifier of ['ctrlKey', 'metaKey', 'altKey'])
        for (const place of PLACES)
          expect(storyKeyIntent({ key, [modifier]: true }, place)).toBeNull();
  });
});
