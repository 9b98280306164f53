import { describe, expect, it } from 'vitest';
import { framePicture, wrapText } from './frame';
import { svgEl } from './svg';

/** Ten px a letter, whatever the font: widths a test can count. */
const tenPx = (text: string) => text.length * 10;
const LOOK = { font: 'sans-serif', text: '#111', muted: '#555', background: '#fff' };

describe('the frame round a picture', () => {
  it('wraps words to the width, and breaks a word wider than the line', () => {
    expect(wrapText('Kilmar Abrego Garcia selected', 130, tenPx)).toEqual([
      'Kilmar Abrego',
      'Garcia',
      'selected',
    ]);
    expect(wrapText('see https://example.org/aea/?entity=ana', 100, tenPx)).toEqual([
      'see',
      'https://ex',
      'ample.org/',
      'aea/?entit',
      'y=ana',
    ]);
  });

  it('writes the title and what is shown above the view, and the credit below it', () => {
    const body = svgEl(document, 'rect', { width: 600, height: 200, fill: 'red' });
    const { svg, body: at } = framePicture(
      document,
      { element: body, width: 600, height: 200 },
      { title: 'A mini story', caption: 'Ana selected · March 2025', credit: 'Sources: A report' },
      LOOK,
      (text) => tenPx(text),
    );
    expect(svg.getAttribute('width')).toBe('632');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 632 ${svg.getAttribute('height')}`);
    const texts = [...svg.querySelectorAll(':scope > text')].map((t) => ({
      text: t.textContent,
      y: Number(t.getAttribute('y')),
    }));
    expect(texts.map((t) => t.text)).toEqual([
      'A mini story',
      'Ana selected · March 2025',
      'Sources: A report',
    ]);
    // The view sits between the words, where the frame says it is.
    expect(at).toEqual({ x: 16, y: 68 });
    expect(body.parentElement?.getAttribute('transform')).toBe('translate(16 68)');
    expect(texts[1]!.y).toBeLessThan(at.y);
    expect(texts[2]!.y).toBeGreaterThan(at.y + 200);
    expect(svg.querySelector('title')?.textContent).toBe('A mini story');
  });

  it('keeps a readable column for the words under a narrow view', () => {
    const { svg } = framePicture(
      document,
      { element: svgEl(document, 'g'), width: 100, height: 50 },
      { title: 'T', caption: 'C', credit: 'S' },
      LOOK,
      tenPx,
    );
    expect(svg.getAttribute('width')).toBe('320');
  });

  it('puts the words in as text, never as markup', () => {
    const { svg } = framePicture(
      document,
      { element: svgEl(document, 'g'), width: 400, height: 50 },
      { title: '<script>alert(1)</script>', caption: 'C', credit: 'S' },
      LOOK,
      () => 0,
    );
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector(':scope > text')?.textContent).toBe('<script>alert(1)</script>');
  });
});
