/**
 * What a reader takes away from the view as it stands: a picture of the timeline or the graph
 * (PNG at twice its size, or SVG), framed with the story's title, what the view shows and its
 * sources; the story as JSON; the window's events as CSV. Each file is made when asked for,
 * from the views on the page and the reader's state, and the status line says what became of
 * the last one.
 */
import { graphPicture } from '../graph/picture';
import type { Messages } from '../i18n/messages';
import type { IndexedStory } from '../model/indexes';
import { pictureCaption, pictureCredit } from '../model/sentences';
import type { ReaderState } from '../app/reader-state.svelte';
import { timelinePicture } from '../timeline/picture';
import { framePicture, type Measure, type PictureLook } from './frame';
import { graphBody } from './graph-body';
import { pngOf, saveFile } from './save';
import { svgEl, svgText } from './svg';
import { timelineBody } from './timeline-body';
import { eventsInWindow, fileName, storyJson, type FileKind } from './view-data';

export type PictureView = 'timeline' | 'graph';
export type PictureFormat = 'png' | 'svg';

/** What the files are made from: the reader's selection, window and filter. */
export type ViewState = Pick<ReaderState, 'selection' | 'window' | 'filterByWindow' | 'active'>;

/** Twice the size on screen: sharp on a slide, in print and on a high-density screen. */
const PNG_SCALE = 2;

export class DownloadsState {
  readonly #story: () => IndexedStory;
  readonly #view: () => ViewState;
  readonly #m: Messages;
  /** What became of the last file asked for. */
  status = $state('');
  /** A picture is being made; another request waits for it. */
  busy = $state(false);

  constructor(story: () => IndexedStory, view: () => ViewState, m: Messages) {
    this.#story = story;
    this.#view = view;
    this.#m = m;
  }

  /** What the pictures will show, in words, as the timeline's caption says it. */
  readonly caption = $derived.by(() =>
    pictureCaption('timeline', this.#story().index, this.#view(), this.#m),
  );
  /** How many events the window's CSV holds. */
  readonly eventCount = $derived.by(
    () => eventsInWindow(this.#story(), this.#view().window).length,
  );

  /** Makes and saves a picture of a view; `near` is where the download link goes. */
  picture(view: PictureView, format: PictureFormat, near: Element): Promise<void> {
    return this.#save(view, format, near, async () => {
      const svg = await this.#pictureSvg(view, format);
      if (format === 'svg') return new Blob([svgText(svg.svg)], { type: 'image/svg+xml' });
      return pngOf(svg.svg, PNG_SCALE, svg.overlay);
    });
  }

  storyData(near: Element): Promise<void> {
    const json = storyJson(this.#story());
    return this.#save(
      'story',
      'json',
      near,
      async () => new Blob([json], { type: 'application/json' }),
    );
  }

  eventsData(near: Element): Promise<void> {
    const window = this.#view().window;
    return this.#save('events', 'csv', near, async () => {
      const { eventsCsv } = await import('./events-csv');
      return new Blob([eventsCsv(this.#story(), window, this.#m)], { type: 'text/csv' });
    });
  }

  async #save(kind: FileKind, extension: string, near: Element, make: () => Promise<Blob>) {
    if (this.busy) return;
    const name = fileName(this.#story().story.id, kind, this.#view(), extension);
    this.busy = true;
    try {
      saveFile(await make(), name, near);
      this.status = this.#m.download.saved(name);
    } catch (error) {
      this.status = this.#m.download.failed(
        name,
        error instanceof Error ? error.message : String(error),
      );
    } finally {
      this.busy = false;
    }
  }

  async #pictureSvg(view: PictureView, format: PictureFormat) {
    const { story, index } = this.#story();
    const words = {
      title: story.title,
      caption: pictureCaption(view, index, this.#view(), this.#m),
      // The address of the view, where it has one a reader can open (not a file on a stick).
      credit: pictureCredit(
        story,
        /^https?:$/.test(location.protocol) ? location.href : undefined,
        this.#m,
      ),
    };
    const look = pageLook();
    const frame = (body: Parameters<typeof framePicture>[1]) =>
      framePicture(document, body, words, look, measureText());
    if (view === 'timeline') {
      const timeline = timelinePicture(document);
      if (!timeline) throw new Error(this.#m.download.notDrawn);
      return { svg: frame(timelineBody(document, timeline)).svg };
    }
    const graph = graphPicture(document);
    if (!graph) throw new Error(this.#m.download.notDrawn);
    if (format === 'svg') return { svg: frame(graphBody(document, graph, look.background)).svg };
    // The PNG is Cytoscape's own picture of the view, drawn into the frame's place for it.
    const { width, height } = graph;
    const place = svgEl(document, 'rect', { width, height, fill: look.background });
    const framed = frame({ element: place, width, height });
    const src = graph.png(PNG_SCALE, look.background);
    return { svg: framed.svg, overlay: { src, ...framed.body, width, height } };
  }
}

/** The page's font and colours, from its design tokens. */
function pageLook(): PictureLook {
  const css = getComputedStyle(document.documentElement);
  const token = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    font: token('--font-sans', 'sans-serif'),
    text: token('--color-text', '#000'),
    muted: token('--color-text-muted', '#444'),
    background: token('--color-bg', '#fff'),
  };
}

/** Text widths in the page's fonts, from a canvas. */
function measureText(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * 10;
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
