/**
 * A stand-in for a canvas's 2D context that writes down what is drawn as SVG shapes, so marks
 * drawn on a canvas (a large story's timeline) come out in a picture's SVG as the same shapes,
 * from the same drawing code (draw-marks.ts), not a second copy of it. It knows the calls that
 * code makes: paths of lines and whole circles, rectangles, dashes and a global alpha.
 */

/** One shape as SVG: its element name and attributes. */
export interface Shape {
  tag: 'path' | 'rect';
  attrs: Record<string, string | number>;
}

const n = (v: number) => Math.round(v * 100) / 100;

export class CanvasRecorder {
  fillStyle = '#000';
  strokeStyle = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  shapes: Shape[] = [];
  #dash: number[] = [];
  #path: string[] = [];

  clearRect(): void {
    this.shapes = [];
  }
  setTransform(): void {}
  setLineDash(dash: readonly number[]): void {
    this.#dash = [...dash];
  }
  beginPath(): void {
    this.#path = [];
  }
  moveTo(x: number, y: number): void {
    this.#path.push(`M${n(x)} ${n(y)}`);
  }
  lineTo(x: number, y: number): void {
    this.#path.push(`L${n(x)} ${n(y)}`);
  }
  /** A whole circle (the only arc the marks draw), as two half arcs. */
  arc(x: number, y: number, r: number): void {
    const [a, b] = [`${n(x - r)} ${n(y)}`, `${n(x + r)} ${n(y)}`];
    this.#path.push(`M${a}A${n(r)} ${n(r)} 0 1 0 ${b}A${n(r)} ${n(r)} 0 1 0 ${a}Z`);
  }
  fill(): void {
    this.#add('path', { d: this.#path.join('') }, this.#filled());
  }
  stroke(): void {
    this.#add('path', { d: this.#path.join(''), fill: 'none' }, this.#stroked());
  }
  fillRect(x: number, y: number, width: number, height: number): void {
    this.#add('rect', { x: n(x), y: n(y), width: n(width), height: n(height) }, this.#filled());
  }
  strokeRect(x: number, y: number, width: number, height: number): void {
    const box = { x: n(x), y: n(y), width: n(width), height: n(height), fill: 'none' };
    this.#add('rect', box, this.#stroked());
  }

  #filled(): Shape['attrs'] {
    return { fill: this.fillStyle };
  }
  #stroked(): Shape['attrs'] {
    const paint: Shape['attrs'] = { stroke: this.strokeStyle, 'stroke-width': n(this.lineWidth) };
    if (this.#dash.length) paint['stroke-dasharray'] = this.#dash.join(' ');
    return paint;
  }
  #add(tag: Shape['tag'], geometry: Shape['attrs'], paint: Shape['attrs']): void {
    const attrs = { ...geometry, ...paint };
    if (this.globalAlpha < 1) attrs.opacity = n(this.globalAlpha);
    this.shapes.push({ tag, attrs });
  }
}
