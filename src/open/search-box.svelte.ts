/**
 * The search box's own state, apart from the DOM: the query, whether its results are shown,
 * and which one the arrows have reached. It follows the APG's combobox with list autocomplete
 * (no automatic selection): typing shows the results with none chosen; Down and Up move
 * through them, wrapping, opening the list when it is closed; Enter takes the one reached;
 * Escape closes the list, and a second Escape empties the box. Home, End, Left and Right stay
 * the text field's.
 */
import type { ItemRef } from '../model/selection';
import type { SearchGroup } from './search';

/** The kinds a result can be chosen for: what every view can select. Sources are not. */
const CHOOSABLE = ['entity', 'event', 'relation'] as const satisfies readonly ItemRef['kind'][];

type Result = SearchGroup['results'][number];

export interface SearchOption extends Result {
  kind: ItemRef['kind'];
  /** Its place in the list, across groups: what the arrows count. */
  at: number;
}

export interface OptionGroup {
  kind: ItemRef['kind'];
  options: SearchOption[];
  /** How many of this kind match in all (more than shown when over the limit). */
  total: number;
}

/** Results shown of each kind; the group's heading says how many more match. */
const PER_KIND = 8;

export class SearchBoxState {
  query = $state('');
  /** The list of results is shown. */
  expanded = $state(false);
  /** The result the arrows reached, by its place; -1 for none (the text field's own keys). */
  active = $state(-1);
  readonly #search: (query: string, limit?: number) => SearchGroup[];
  readonly #choose: (item: ItemRef) => void;

  readonly groups: OptionGroup[] = $derived.by(() => {
    let at = 0;
    return this.#search(this.query, PER_KIND).flatMap((g): OptionGroup[] => {
      const kind = CHOOSABLE.find((k) => k === g.kind);
      if (!kind) return [];
      const options = g.results.map((r) => ({ ...r, kind, at: at++ }));
      return [{ kind, options, total: g.total }];
    });
  });
  readonly options: SearchOption[] = $derived(this.groups.flatMap((g) => g.options));
  /** The list is on screen: open, with something in it. */
  readonly showing: boolean = $derived(this.expanded && this.options.length > 0);

  /** `search`: the story's search (createSearch); `choose`: selects a result in every view. */
  constructor(
    search: (query: string, limit?: number) => SearchGroup[],
    choose: (item: ItemRef) => void,
  ) {
    this.#search = search;
    this.#choose = choose;
  }

  /** The reader typed: the results follow, none reached yet. */
  type(value: string): void {
    this.query = value;
    this.expanded = value.trim() !== '';
    this.active = -1;
  }

  /** A key in the field; true when the search box took it (the page should not act on it). */
  key(e: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): boolean {
    const n = this.options.length;
    if (e.ctrlKey || e.metaKey) return false;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return false;
        const down = e.key === 'ArrowDown';
        // Alt+Down opens the list without reaching into it, as the APG has it.
        if (e.altKey) {
          this.expanded = down;
          if (!down) this.active = -1;
          return true;
        }
        if (!this.expanded) {
          this.expanded = true;
          this.active = down ? 0 : n - 1;
        } else if (this.active === -1) this.active = down ? 0 : n - 1;
        else this.active = (this.active + (down ? 1 : n - 1)) % n;
        return true;
      }
      case 'Enter':
        if (!this.showing || this.active === -1) return false;
        this.choose(this.active);
        return true;
      case 'Escape':
        if (this.showing) {
          this.close();
          return true;
        }
        if (this.query === '') return false;
        this.type('');
        return true;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // The caret moves in the text; the reached result lets go.
        this.active = -1;
        return false;
      default:
        return false;
    }
  }

  /** Takes a result: its name in the field, the list closed, the item selected everywhere. */
  choose(at: number): void {
    const option = this.options[at];
    if (!option) return;
    this.query = option.label;
    this.close();
    this.#choose({ kind: option.kind, id: option.id });
  }

  close(): void {
    this.expanded = false;
    this.active = -1;
  }
}
