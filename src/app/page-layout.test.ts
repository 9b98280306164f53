import { describe, expect, it } from 'vitest';
import { pageLayout } from './page-layout';

describe('the page’s layout', () => {
  it.each([
    [1024, 768, false, 'screen'],
    [1280, 720, false, 'screen'],
    [1000, 600, false, 'screen'],
    [999, 768, false, 'stack'],
    [1280, 599, false, 'stack'],
    [360, 740, false, 'stack'],
    [1000, 760, true, 'columns'],
    [720, 500, true, 'columns'],
    [719, 2000, true, 'stack'],
    [360, 740, true, 'stack'],
  ] as const)('%i × %i, framed: %s → %s', (width, height, framed, layout) => {
    expect(pageLayout({ width, height, framed })).toBe(layout);
  });
});
