/**
 * A picture's PNG, and saving a file: the PNG is the picture's SVG drawn on a canvas at a scale
 * (a graph's PNG has Cytoscape's own picture of the view drawn in over its body), and a file is
 * saved through a download link to a blob, which needs no request and no server.
 */
import { svgText } from './svg';

/** An image drawn over the picture: Cytoscape's PNG of the graph, in the picture's px. */
export interface Overlay {
  src: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function load(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return img.decode().then(() => img);
}

/** The picture as a PNG `scale` times its size in px. */
export async function pngOf(svg: SVGSVGElement, scale: number, overlay?: Overlay): Promise<Blob> {
  const width = Math.round(Number(svg.getAttribute('width')) * scale);
  const height = Math.round(Number(svg.getAttribute('height')) * scale);
  // Drawn at its full size, so the text is as sharp as the rest.
  const big = svg.cloneNode(true) as SVGSVGElement;
  big.setAttribute('width', String(width));
  big.setAttribute('height', String(height));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser draws no canvas');
  ctx.drawImage(await load(`data:image/svg+xml,${encodeURIComponent(svgText(big))}`), 0, 0);
  if (overlay) {
    const { x, y, width: w, height: h } = overlay;
    ctx.drawImage(await load(overlay.src), x * scale, y * scale, w * scale, h * scale);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG was empty'))), 'image/png'),
  );
}

let lastUrl = '';

/** Saves `blob` as `name`, by a download link added to `near` (inside an open dialog). */
export function saveFile(blob: Blob, name: string, near: Element): void {
  // The previous file's address is let go now that its download has long begun.
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = lastUrl;
  link.download = name;
  link.hidden = true;
  near.append(link);
  link.click();
  link.remove();
}
