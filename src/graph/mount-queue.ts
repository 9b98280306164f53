/**
 * A big graph given to Cytoscape in parts (see mount-order.ts): what is in view and what the
 * reader's state picks out at once, the rest while the page is idle. Each part is styled as it
 * is added, in that idle time, rather than all of it in the frame that first draws the graph.
 * CytoscapeCanvas owns one; it knows Cytoscape and the layout, not the reader's state.
 */
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { Point } from './geometry';
import type { Layout } from './layout';
import { nextToMount } from './mount-order';

/** How far beyond the view a node's centre may be and its name still reach into it. */
const MARGIN = 260;
/**
 * Nodes added at a time while idle (with their relations, a few ms of styling), again and again
 * until the idle time is spent.
 */
const STEP = 10;
/** Nodes added when the idle timeout forces a step: the page is busy, so a few. */
const FORCED_STEP = 2;
/** Classes that put a node's part first: the selection, its neighbours, the pointer's. */
const URGENT = /\b[sh]-(selected|related)\b/;

type Idle = { timeRemaining(): number; didTimeout: boolean };
const idle: (run: (deadline: Idle) => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run) => {
        const handle = requestIdleCallback(run, { timeout: 100 });
        return () => cancelIdleCallback(handle);
      }
    : (run) => {
        // No idle callbacks (Safari): a step every 30 ms, with 10 ms to spend.
        const start = Date.now();
        const handle = setTimeout(
          () => run({ timeRemaining: () => 10 - (Date.now() - start - 30), didTimeout: false }),
          30,
        );
        return () => clearTimeout(handle);
      };

export class MountQueue {
  readonly #cy: Core;
  /** Each element's classes now, by Cytoscape id. */
  readonly #classOf: (id: string) => string;
  /** Called with each part added, so the canvas can size its labelled relations. */
  readonly #onadd: (added: Collection) => void;
  #nodes = new Map<string, ElementDefinition>();
  /** A pending node's pending relations. */
  #edgesOf = new Map<string, ElementDefinition[]>();
  #positions = new Map<string, Point>();
  #cancel: (() => void) | null = null;
  /** The view the parts are given for is shown: until then nothing is given (see show). */
  #shown = false;

  constructor(cy: Core, classOf: (id: string) => string, onadd: (added: Collection) => void) {
    this.#cy = cy;
    this.#classOf = classOf;
    this.#onadd = onadd;
  }

  /** Elements still to be added. */
  get pending(): boolean {
    return this.#nodes.size > 0;
  }

  /**
   * The graph is to hold exactly `defs`, placed by `layout`. Elements it holds that are not in
   * `defs` go; those it holds already are updated and placed; the rest wait for their turn.
   */
  reset(defs: readonly ElementDefinition[], layout: Layout): void {
    const cy = this.#cy;
    const at = (id: string) => layout.positions[id] ?? { x: 0, y: 0 };
    this.#shown = false;
    this.#nodes = new Map();
    this.#edgesOf = new Map();
    this.#positions = new Map();
    const wanted = new Set(defs.map((d) => String(d.data.id)));
    const edges: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((ele) => !wanted.has(ele.id()))
        .remove();
      for (const def of defs) {
        const id = String(def.data.id);
        const ele = cy.getElementById(id);
        if (def.group === 'edges') {
          const { source, target } = def.data as { source: string; target: string };
          if (ele.nonempty() && ele.source().id() === source && ele.target().id() === target)
            ele.data(def.data);
          else {
            ele.remove();
            edges.push(def);
          }
          continue;
        }
        this.#positions.set(id, at(id));
        if (ele.empty()) this.#nodes.set(id, def);
        else ele.data(def.data).position(at(id));
      }
    });
    // A relation waits for whichever of its ends is added last.
    for (const def of edges) {
      const { source, target } = def.data as { source: string; target: string };
      const wait = [source, target].find((id) => this.#nodes.has(id));
      if (!wait) this.#add([], [def]);
      else this.#edgesOf.set(wait, [...(this.#edgesOf.get(wait) ?? []), def]);
    }
  }

  /**
   * The first view of the layout is shown: parts are given from now on, that view's first.
   * (Before it, Cytoscape's view is its default one, and its nodes are not the reader's.)
   */
  show(): void {
    this.#shown = true;
    this.mountInView();
    this.#schedule();
  }

  /** Adds at once the nodes in view and near it, and the urgent ones. */
  mountInView(): void {
    if (this.pending && this.#shown) this.#step(0);
  }

  /** Adds everything still pending (before a picture of the graph is taken). */
  flush(): void {
    if (this.pending) this.#step(Infinity);
  }

  dispose(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#nodes.clear();
  }

  #step(extra: number): void {
    const ids = nextToMount({
      positions: this.#positions,
      pending: this.#nodes,
      urgent: (id) => URGENT.test(this.#classOf(id)),
      view: this.#cy.extent(),
      margin: MARGIN,
      extra,
    });
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    for (const id of ids) {
      nodes.push(this.#nodes.get(id)!);
      this.#nodes.delete(id);
    }
    for (const id of ids) {
      for (const def of this.#edgesOf.get(id) ?? []) {
        const { source, target } = def.data as { source: string; target: string };
        const other = source === id ? target : source;
        if (!this.#nodes.has(other)) edges.push(def);
        else this.#edgesOf.set(other, [...(this.#edgesOf.get(other) ?? []), def]);
      }
      this.#edgesOf.delete(id);
    }
    this.#add(nodes, edges);
  }

  #add(nodes: ElementDefinition[], edges: ElementDefinition[]): void {
    if (nodes.length + edges.length === 0) return;
    const withClasses = (def: ElementDefinition): ElementDefinition => {
      const id = String(def.data.id);
      const classes = this.#classOf(id);
      const position = this.#positions.get(id);
      return { ...def, classes, ...(position ? { position: { ...position } } : {}) };
    };
    const added = this.#cy.add([...nodes.map(withClasses), ...edges.map(withClasses)]);
    this.#onadd(added);
    // Styled now, in this step's time, not in the frame that draws them.
    added.boundingBox({});
  }

  /** Idle steps until nothing is pending, each taking what time the page has to spare. */
  #schedule(): void {
    if (this.#cancel || !this.pending || !this.#shown) return;
    this.#cancel = idle((deadline) => {
      this.#cancel = null;
      // Only in the time the page has to spare. While the reader pans there is little: a full
      // step would overrun it into the next frame, so a callback the timeout forces adds a
      // small one, and an idle one steps only while time remains.
      if (deadline.didTimeout) this.#step(FORCED_STEP);
      while (this.pending && deadline.timeRemaining() > 4) this.#step(STEP);
      this.#schedule();
    });
  }
}
