import { describe, expect, it } from 'vitest';
import { placeOf } from './keys';

/** An element with attributes and children, built without markup. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: Element[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** The place of the element with id `target` in a small page like the explainer's. */
function placeIn(target: string): string {
  document.body.replaceChildren(
    el('p', { id: 'plain' }),
    el('button', { id: 'button' }),
    el('a', { id: 'link', href: '?x' }),
    el('label', {}, el('input', { id: 'checkbox', type: 'checkbox' })),
    el('input', { id: 'field', type: 'text' }),
    el('input', { id: 'search', type: 'search' }),
    el('textarea', { id: 'area' }),
    el('div', { role: 'tablist' }, el('button', { id: 'tab', role: 'tab' })),
    el(
      'section',
      { 'data-view': 'details' },
      el('button', { id: 'in-view' }),
      el('p', { id: 'view-text' }),
    ),
    el('div', { role: 'listbox', tabindex: '0', id: 'listbox' }),
    el('fieldset', {}, el('input', { id: 'radio', type: 'radio' })),
    el('div', { contenteditable: 'true', id: 'editable' }),
  );
  return placeOf(target === 'body' ? document.body : document.getElementById(target));
}

describe('where a key press lands', () => {
  it.each([
    ['body', 'page'],
    ['plain', 'page'],
    ['button', 'button'],
    ['link', 'button'],
    ['checkbox', 'button'],
    ['field', 'text'],
    ['search', 'text'],
    ['area', 'text'],
    ['editable', 'text'],
    ['tab', 'widget'],
    ['in-view', 'widget'],
    ['view-text', 'widget'],
    ['listbox', 'widget'],
    ['radio', 'widget'],
  ])('on #%s: %s', (target, place) => {
    expect(placeIn(target)).toBe(place);
  });

  it('is the page when there is no element', () => {
    expect(placeOf(null)).toBe('page');
    expect(placeOf(window)).toBe('page');
  });
});
