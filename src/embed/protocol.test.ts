import { describe, expect, it } from 'vitest';
import {
  embedParams,
  hashForView,
  resizeHeight,
  resizeMessages,
  syncMessage,
  syncSearch,
  viewForHash,
  viewMessage,
  viewSearch,
} from './protocol';

describe('the embed messages', () => {
  it('read the host from the URL', () => {
    expect(embedParams('?entity=x')).toEqual({ embed: false });
    expect(embedParams('?embed=1&frameId=aea-1')).toEqual({ embed: true, frameId: 'aea-1' });
    expect(embedParams('?initialWidth=600&childId=example-1&parentTitle=T')).toEqual({
      embed: true,
      pymChildId: 'example-1',
    });
    expect(embedParams('?embed&frameId=<script>')).toEqual({ embed: true });
  });

  it('carry one height in each host’s form', () => {
    expect(resizeMessages(1233.2, { embed: true })).toEqual([
      { source: 'aea-explainer', type: 'resize', height: 1234 },
      { sentinel: 'amp', type: 'embed-size', height: 1234 },
    ]);
    expect(resizeMessages(800, { embed: true, frameId: 'f', pymChildId: 'c' })).toEqual([
      { source: 'aea-explainer', type: 'resize', height: 800, id: 'f' },
      { sentinel: 'amp', type: 'embed-size', height: 800 },
      'pymxPYMxcxPYMxheightxPYMx800',
    ]);
    expect(viewMessage('?entity=a', { embed: true, frameId: 'f' })).toEqual({
      source: 'aea-explainer',
      type: 'view',
      search: '?entity=a',
      id: 'f',
    });
  });

  it('are accepted by a host only in the right shape, with a sane height', () => {
    expect(resizeHeight({ source: 'aea-explainer', type: 'resize', height: 900.4 })).toBe(900);
    expect(resizeHeight({ source: 'aea-explainer', type: 'resize', height: 5 })).toBe(200);
    expect(resizeHeight({ source: 'aea-explainer', type: 'resize', height: 1e9 })).toBe(20000);
    for (const bad of [
      null,
      'pymxPYMxcxPYMxheightxPYMx800',
      { source: 'other', type: 'resize', height: 900 },
      { source: 'aea-explainer', type: 'resize', height: '900' },
      { source: 'aea-explainer', type: 'resize', height: Number.NaN },
      { source: 'aea-explainer', type: 'view', height: 900 },
      [{ source: 'aea-explainer', type: 'resize', height: 900 }],
    ])
      expect(resizeHeight(bad)).toBeNull();
    expect(viewSearch({ source: 'aea-explainer', type: 'view', search: '?entity=a' })).toBe(
      '?entity=a',
    );
    expect(
      viewSearch({ source: 'aea-explainer', type: 'view', search: 'javascript:x' }),
    ).toBeNull();
  });

  it('let the host ask for the view, in one shape only', () => {
    expect(syncSearch(syncMessage('?entity=a'))).toBe('?entity=a');
    expect(syncSearch(syncMessage(''))).toBe('');
    expect(syncSearch({ source: 'aea-explainer', type: 'sync', search: '' })).toBeNull();
    expect(syncSearch({ source: 'aea-explainer-host', type: 'sync', search: 'x' })).toBeNull();
    expect(syncSearch('sync')).toBeNull();
  });

  it('map a view to the article’s hash and back', () => {
    expect(hashForView('?entity=kilmar-abrego-garcia&from=2025')).toBe(
      '#explainer=entity:kilmar-abrego-garcia',
    );
    expect(hashForView('?from=2025')).toBe('');
    expect(viewForHash('#explainer=event:meeting')).toBe('?event=meeting');
    expect(viewForHash('#explainer=entity:a b')).toBe('');
    expect(viewForHash('#other')).toBe('');
  });
});
