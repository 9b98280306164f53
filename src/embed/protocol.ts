/**
 * The messages an embedded explainer sends its host page, and how a host checks them. Pure:
 * shared by the app (which posts) and the host script (which listens), so both agree.
 *
 * The app posts its height in three forms, so any host can size the iframe:
 *   { source: 'aea-explainer', type: 'resize', height, id? }   ours (id: the iframe's, if given)
 *   { sentinel: 'amp', type: 'embed-size', height }            AMP's amp-iframe
 *   'pymxPYMx<childId>xPYMxheightxPYMx<height>'                pym.js, when the URL has childId
 * and, only to a host that asked for it, its view, to mirror into the article's address:
 *   { source: 'aea-explainer', type: 'view', search, id? }
 * It posts nothing else. The one message a host may send it (the host script does, for iframes
 * with data-sync-hash, in answer to the first height) asks for the view and names the one to
 * open:
 *   { source: 'aea-explainer-host', type: 'sync', search }
 */
const EMBED_SOURCE = 'aea-explainer';
/** The least and most height a host sets, whatever a message says. */
const HEIGHT_RANGE = { min: 200, max: 20_000 } as const;

interface ResizeMessage {
  source: typeof EMBED_SOURCE;
  type: 'resize';
  height: number;
  id?: string;
}

export interface ViewMessage {
  source: typeof EMBED_SOURCE;
  type: 'view';
  /** The explainer's query string for the view shown ("?entity=…"), or "". */
  search: string;
  id?: string;
}

/** What the URL of an embedded explainer says about its host. */
export interface EmbedParams {
  /** The page runs as an embed: no long summary, a footer, selections replace history. */
  embed: boolean;
  /** The iframe's id, given by the host so that its messages can be told apart. */
  frameId?: string;
  /** pym.js's child id, when a pym.js host made the iframe. */
  pymChildId?: string;
}

const ID = /^[\w-]{1,64}$/;

export function embedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const frameId = params.get('frameId') ?? undefined;
  const pymChildId = params.get('childId') ?? undefined;
  return {
    embed: params.has('embed') || pymChildId !== undefined,
    frameId: frameId && ID.test(frameId) ? frameId : undefined,
    pymChildId: pymChildId && ID.test(pymChildId) ? pymChildId : undefined,
  };
}

/** The messages that carry one height, for every host protocol the URL asks for. */
export function resizeMessages(height: number, p: EmbedParams): (object | string)[] {
  const h = Math.ceil(height);
  const ours: ResizeMessage = { source: EMBED_SOURCE, type: 'resize', height: h };
  if (p.frameId) ours.id = p.frameId;
  const out: (object | string)[] = [ours, { sentinel: 'amp', type: 'embed-size', height: h }];
  if (p.pymChildId) out.push(['pym', p.pymChildId, 'height', String(h)].join('xPYMx'));
  return out;
}

export function viewMessage(search: string, p: EmbedParams): ViewMessage {
  const message: ViewMessage = { source: EMBED_SOURCE, type: 'view', search };
  if (p.frameId) message.id = p.frameId;
  return message;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The height a host should set for a message, or null when it is not our resize message. */
export function resizeHeight(data: unknown): number | null {
  if (!isRecord(data) || data.source !== EMBED_SOURCE || data.type !== 'resize') return null;
  const h = data.height;
  if (typeof h !== 'number' || !Number.isFinite(h)) return null;
  return Math.min(HEIGHT_RANGE.max, Math.max(HEIGHT_RANGE.min, Math.round(h)));
}

/** The view a host should mirror, or null when it is not our view message. */
export function viewSearch(data: unknown): string | null {
  if (!isRecord(data) || data.source !== EMBED_SOURCE || data.type !== 'view') return null;
  const s = data.search;
  return typeof s === 'string' && s.length < 500 && (s === '' || s.startsWith('?')) ? s : null;
}

/**
 * The article's hash for a view, so the article can be shared at it: only the selection
 * travels ("#explainer=entity:kilmar-abrego-garcia"); "" when nothing is selected.
 */
export function hashForView(search: string): string {
  const params = new URLSearchParams(search);
  for (const kind of ['entity', 'event', 'relation']) {
    const id = params.get(kind);
    if (id && ID.test(id)) return `#explainer=${kind}:${id}`;
  }
  return '';
}

/** The explainer's query for an article hash, or "" when the hash names no view. */
export function viewForHash(hash: string): string {
  const match = /^#explainer=(entity|event|relation):([\w-]{1,64})$/.exec(hash);
  return match ? `?${match[1]}=${match[2]}` : '';
}

/** The host's request to mirror the view, with the view to open ("" for none). */
export function syncMessage(search: string): { source: string; type: 'sync'; search: string } {
  return { source: 'aea-explainer-host', type: 'sync', search };
}

/** The view a host's sync message asks for, or null when it is not one. */
export function syncSearch(data: unknown): string | null {
  if (!isRecord(data) || data.source !== 'aea-explainer-host' || data.type !== 'sync') return null;
  const s = data.search;
  return typeof s === 'string' && s.length < 500 && (s === '' || s.startsWith('?')) ? s : null;
}
