import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Downloads from './Downloads.svelte';
import { validateStory } from '../model/validate';
import { miniStory } from '../../tests/fixtures/mini-story';

// jsdom has no modal dialogs and saves no files: open the dialog as a browser would, and keep
// each file the page hands to a download link.
const saved: { name: string; blob: Blob }[] = [];
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function () {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function () {
    this.removeAttribute('open');
  };
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  saved.length = 0;
  document.head.querySelector('[data-single-file]')?.remove();
});

function setup() {
  const result = validateStory(miniStory());
  if (!result.ok) throw new Error('mini story invalid');
  const view = {
    selection: { kind: 'entity' as const, id: 'ana' },
    window: { start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 4, 1) },
    filterByWindow: true,
    active: null,
  };
  render(Downloads, { story: { story: result.story, index: result.index }, view });
  return userEvent.setup();
}

describe('downloads', () => {
  it('offer a picture of each view, the story and the window’s events, saying what is shown', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    const dialog = screen.getByRole('dialog', { name: 'Download this view' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByTestId('download-caption')).toHaveTextContent(
      'Now: Ana selected · March 2025 to April 2025',
    );
    for (const name of [
      'Timeline as PNG image',
      'Timeline as SVG drawing',
      'Graph as PNG image',
      'Graph as SVG drawing',
      'The whole story (JSON)',
      '3 events in the window (CSV)',
    ])
      expect(screen.getByRole('button', { name })).toBeVisible();
    expect(screen.queryByRole('link', { name: /Download this explainer/ })).toBeNull();
  });

  it('save the story as JSON, named for it, and say so', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: 'The whole story (JSON)' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saved mini-story.json'),
    );
    expect(saved.map((f) => f.name)).toEqual(['mini-story.json']);
    expect(JSON.parse(await saved[0]!.blob.text())).toEqual(miniStory());
  });

  it('save the window’s events as CSV, named for the selection’s window', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: '3 events in the window (CSV)' }));
    const name = 'mini-story-events-2025-03-01-to-2025-04-30.csv';
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Saved ${name}`));
    const rows = (await saved[0]!.blob.text()).split('\r\n');
    expect(rows.map((r) => r.split(',')[1])).toEqual([
      'title',
      'Ana invokes the Act',
      'Ana and Ben hold talks',
      'Ana meets Ben',
      undefined,
    ]);
  });

  it('say so when a view is not on the page to picture', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: 'Timeline as SVG drawing' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'mini-story-timeline-ana-2025-03-01-to-2025-04-30.svg could not be made: the view is not drawn yet',
      ),
    );
    expect(saved).toEqual([]);
  });

  it('offer the whole explainer as one file when the page names one beside it', async () => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'alternate', href: './mini-story.html' });
    link.dataset.singleFile = '';
    link.dataset.bytes = String(926_720);
    document.head.append(link);
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    const offer = screen.getByRole('link', { name: 'Download this explainer (905 KB)' });
    expect(offer).toHaveAttribute('href', 'http://localhost:3000/mini-story.html');
    expect(offer).toHaveAttribute('download');
  });
});
