/**
 * Which theme the page is in, decided in one place: from the reader's settings
 * (`forced-colors`, `prefers-contrast`, `prefers-color-scheme`, followed as they change) and
 * the page's high-contrast switch (remembered where the page may store it). It sets
 * <html data-theme>, which tokens.css follows, and gives the canvas and Cytoscape, which do not
 * see CSS, the theme's colours from the look table.
 */
import { THEMES, colourToken, type ColourName, type ThemeName } from './look';

/** What the reader's browser asks for. */
export interface SystemSettings {
  dark: boolean;
  moreContrast: boolean;
  forced: boolean;
}

/** The page's switch: on, off, or never touched (then the settings decide). */
export type ContrastChoice = 'on' | 'off' | null;

/** The theme from the settings and the switch: forced colours win, then the switch. */
export function themeOf(system: SystemSettings, choice: ContrastChoice): ThemeName {
  if (system.forced) return 'forced';
  if (choice === 'on' || (choice === null && system.moreContrast)) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

const KEY = 'explainer-contrast';
const QUERIES = {
  dark: '(prefers-color-scheme: dark)',
  moreContrast: '(prefers-contrast: more)',
  forced: '(forced-colors: active)',
} as const satisfies Record<keyof SystemSettings, string>;

/** localStorage, or nothing in a sandboxed frame or a browser that refuses it. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function stored(): ContrastChoice {
  try {
    const value = storage()?.getItem(KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

class ThemeState {
  system = $state<SystemSettings>({ dark: false, moreContrast: false, forced: false });
  choice = $state<ContrastChoice>(null);
  readonly name = $derived(themeOf(this.system, this.choice));
  /** Whether the page is in its higher-contrast theme (the switch shows it pressed). */
  readonly highContrast = $derived(this.name === 'contrast');
  /** The theme's colours by CSS token, as canvas and Cytoscape take them (system colours
   * resolved to what the page shows). */
  readonly colours = $derived(resolveColours(this.name));

  /** Flips the switch and remembers it where the page may. */
  toggle(): void {
    this.choice = this.highContrast ? 'off' : 'on';
    try {
      storage()?.setItem(KEY, this.choice);
    } catch {
      // A sandboxed frame: the switch still works for this visit.
    }
    apply(this.name);
  }

  /** Follows the reader's settings and the remembered switch; returns the stop. */
  start(): () => void {
    this.choice = stored();
    const lists = Object.entries(QUERIES).map(([key, query]) => {
      const list = globalThis.matchMedia?.(query);
      const update = () => {
        this.system = { ...this.system, [key]: list?.matches ?? false };
        apply(this.name);
      };
      update();
      list?.addEventListener('change', update);
      return () => list?.removeEventListener('change', update);
    });
    apply(this.name);
    return () => lists.forEach((stop) => stop());
  }
}

function apply(name: ThemeName): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = name;
}

/** A CSS colour (a system colour's name, say) as the page computes it: `rgb(…)`. */
function computed(colour: string): string {
  if (typeof document === 'undefined' || !document.body) return colour;
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color || colour;
  probe.remove();
  return value;
}

function resolveColours(name: ThemeName): Readonly<Record<string, string>> {
  const theme = THEMES[name];
  return Object.fromEntries(
    (Object.keys(theme) as ColourName[]).map((key) => [
      colourToken(key),
      name === 'forced' ? computed(theme[key]) : theme[key],
    ]),
  );
}

/** The page's one theme, started by the app. */
export const theme = new ThemeState();
