/**
 * The visual rules every view shares, written once: the colours of each theme, the pairs of
 * them that must contrast (and by how much), and the dashes and weights that carry each state
 * besides colour. The timeline's SVG and canvas marks, the graph's Cytoscape style and both
 * legends read this table; tokens.css writes the same colours out for CSS (a unit test keeps
 * the two equal), and type and spacing stay there.
 *
 * No state rests on a fade: a dimmed or inactive item is drawn in its own colour, chosen to
 * stay at 3:1 (a graphic) or 4.5:1 (text) against what it is drawn on, and weaker than the
 * rest by lightness, weight and dash.
 */

/** The themes: the reader's default, `prefers-color-scheme: dark`, higher contrast (from
 * `prefers-contrast: more` or the page's switch) and Windows' forced colours. */
export const THEME_NAMES = ['light', 'dark', 'contrast', 'forced'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** Every colour a theme names; each is the CSS token `--color-` + its name in kebab case. */
export interface ThemeColours {
  bg: string;
  /** Panels, alternate lanes, hovered buttons. */
  surface: string;
  text: string;
  /** Secondary text, and a dimmed item's text (a dimmed list item, a dimmed graph label). */
  textMuted: string;
  /** Decorative lines between panels (not a state's cue). */
  border: string;
  /** Links, and the hovered node's dashed outline. */
  accent: string;
  focus: string;
  errorBg: string;
  errorText: string;
  noticeBg: string;
  noticeBorder: string;
  /** A selected list item's background (it also gets a bar and bold text). */
  selectedBg: string;
  /** A timeline mark's ink: the dot, a bar's outline and fill. */
  mark: string;
  /** The paler fill of an approximate span and the ground of a period's hatch. */
  markPeriodFill: string;
  /** The selected item's ink (with a ring and weight besides). */
  selected: string;
  /** The hovered item's ink: apart from `mark` by lightness, not by hue alone. */
  hover: string;
  /** A dimmed mark, node or edge: weaker than `mark`, still 3:1 on the ground. */
  dimmed: string;
  /** The band where the axis leaves years out. */
  break: string;
  kindPerson: string;
  kindOrganization: string;
  kindGovernmentBody: string;
  kindCountry: string;
  kindPlace: string;
  kindFacility: string;
  kindLaw: string;
  kindGroup: string;
}
export type ColourName = keyof ThemeColours;

/** Okabe–Ito, darkened where needed to reach 3:1 on white; each kind also has its shape. */
const LIGHT: ThemeColours = {
  bg: '#ffffff',
  surface: '#f5f6f8',
  text: '#1a1d23',
  textMuted: '#4a5260',
  border: '#c9ced6',
  accent: '#0b5cad',
  focus: '#b3261e',
  errorBg: '#fdecea',
  errorText: '#8a1c12',
  noticeBg: '#fff6db',
  noticeBorder: '#8a6d00',
  selectedBg: '#e8eef6',
  mark: '#2f74c0',
  markPeriodFill: '#5f8fcc',
  selected: '#1a1d23',
  hover: '#4d0a06',
  dimmed: '#808a98',
  break: '#eceef2',
  kindPerson: '#0072b2',
  kindOrganization: '#b26b00',
  kindGovernmentBody: '#008a63',
  kindCountry: '#2a88c0',
  kindPlace: '#767676',
  kindFacility: '#d55e00',
  kindLaw: '#b5508c',
  kindGroup: '#8a7d00',
};

/** Light ink on a near-black ground; Okabe–Ito as it is, all at 3:1 or more on it. */
const DARK: ThemeColours = {
  bg: '#121418',
  surface: '#1b1f25',
  text: '#eef0f3',
  textMuted: '#aeb6c2',
  border: '#4a5260',
  accent: '#7fb6f2',
  focus: '#ff8a80',
  errorBg: '#3a1512',
  errorText: '#ffb4a9',
  noticeBg: '#332a0a',
  noticeBorder: '#d9b84a',
  selectedBg: '#243447',
  mark: '#4385cf',
  markPeriodFill: '#3f6da3',
  selected: '#ffffff',
  hover: '#ffe3de',
  dimmed: '#5d6a7c',
  break: '#262b33',
  kindPerson: '#3d9be0',
  kindOrganization: '#e69f00',
  kindGovernmentBody: '#009e73',
  kindCountry: '#56b4e9',
  kindPlace: '#a0a0a0',
  kindFacility: '#d55e00',
  kindLaw: '#cc79a7',
  kindGroup: '#f0e442',
};

/** For a projector in a lit room: black on white, every text at 7:1, lines drawn strong. */
const CONTRAST: ThemeColours = {
  ...LIGHT,
  surface: '#f2f2f2',
  text: '#000000',
  textMuted: '#333333',
  border: '#000000',
  accent: '#003d80',
  focus: '#c00000',
  errorText: '#6b0000',
  noticeBorder: '#000000',
  selectedBg: '#dde8f5',
  mark: '#1d5fb5',
  markPeriodFill: '#4f79b3',
  selected: '#000000',
  hover: '#2a0000',
  dimmed: '#7a7a7a',
  break: '#e0e0e0',
};

/**
 * Windows' forced colours: the reader's own system colours, which no pair here can check (the
 * reader chose them). States are carried by weight, dash and outline; the canvas and Cytoscape
 * resolve these names in the page (see theme.svelte.ts).
 */
const FORCED: ThemeColours = {
  bg: 'Canvas',
  surface: 'Canvas',
  text: 'CanvasText',
  textMuted: 'CanvasText',
  border: 'CanvasText',
  accent: 'LinkText',
  focus: 'Highlight',
  errorBg: 'Canvas',
  errorText: 'CanvasText',
  noticeBg: 'Canvas',
  noticeBorder: 'CanvasText',
  selectedBg: 'Canvas',
  mark: 'CanvasText',
  markPeriodFill: 'Canvas',
  selected: 'Highlight',
  hover: 'Highlight',
  dimmed: 'GrayText',
  break: 'Canvas',
  kindPerson: 'CanvasText',
  kindOrganization: 'CanvasText',
  kindGovernmentBody: 'CanvasText',
  kindCountry: 'CanvasText',
  kindPlace: 'CanvasText',
  kindFacility: 'CanvasText',
  kindLaw: 'CanvasText',
  kindGroup: 'CanvasText',
};

export const THEMES: Readonly<Record<ThemeName, Readonly<ThemeColours>>> = {
  light: LIGHT,
  dark: DARK,
  contrast: CONTRAST,
  forced: FORCED,
};

/** The CSS custom property of a colour: `kindGovernmentBody` → `--color-kind-government-body`. */
export function colourToken(name: ColourName): string {
  return `--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** What a pair is: a graphic (a mark, a line, a fill: 3:1) or text (4.5:1; 7:1 in contrast). */
type PairKind = 'graphic' | 'text';

/** A foreground drawn on a background, in every theme, and what it is there for. */
export interface ContrastPair {
  fg: ColourName;
  on: ColourName;
  kind: PairKind;
  what: string;
}

const KIND_COLOURS = [
  'kindPerson',
  'kindOrganization',
  'kindGovernmentBody',
  'kindCountry',
  'kindPlace',
  'kindFacility',
  'kindLaw',
  'kindGroup',
] as const satisfies readonly ColourName[];

/** Marks lie on alternate lanes of `bg` and `surface`; graph nodes on `bg`. */
const GROUNDS = ['bg', 'surface'] as const satisfies readonly ColourName[];

/** Every pair the views draw, checked in every theme but `forced` by look.test.ts. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...GROUNDS.flatMap((on): ContrastPair[] => [
    { fg: 'text', on, kind: 'text', what: 'text, a default label' },
    { fg: 'textMuted', on, kind: 'text', what: 'secondary text, a dimmed or inactive label' },
    { fg: 'accent', on, kind: 'text', what: 'a link' },
    { fg: 'focus', on, kind: 'graphic', what: 'the focus ring' },
    { fg: 'mark', on, kind: 'graphic', what: 'a default mark, a related one' },
    { fg: 'markPeriodFill', on, kind: 'graphic', what: 'an approximate or period fill' },
    { fg: 'selected', on, kind: 'graphic', what: 'the selected mark' },
    { fg: 'hover', on, kind: 'graphic', what: 'the hovered mark' },
    { fg: 'dimmed', on, kind: 'graphic', what: 'a dimmed mark, node or edge' },
  ]),
  { fg: 'text', on: 'selectedBg', kind: 'text', what: 'the selected list item' },
  { fg: 'textMuted', on: 'selectedBg', kind: 'text', what: 'a date in the selected list item' },
  { fg: 'text', on: 'break', kind: 'text', what: 'a label across a break band' },
  { fg: 'errorText', on: 'errorBg', kind: 'text', what: 'an error' },
  { fg: 'text', on: 'noticeBg', kind: 'text', what: 'a notice' },
  { fg: 'noticeBorder', on: 'noticeBg', kind: 'graphic', what: 'a notice’s edge' },
  { fg: 'bg', on: 'mark', kind: 'text', what: 'a title written on a bar' },
  { fg: 'text', on: 'dimmed', kind: 'text', what: 'a title written on a dimmed bar' },
  { fg: 'selected', on: 'mark', kind: 'graphic', what: 'the selected mark beside a default one' },
  { fg: 'hover', on: 'mark', kind: 'graphic', what: 'the hovered mark beside a default one' },
  { fg: 'selected', on: 'dimmed', kind: 'graphic', what: 'the selected mark beside a dimmed one' },
  ...KIND_COLOURS.map((fg): ContrastPair => ({
    fg,
    on: 'bg',
    kind: 'graphic',
    what: 'a node’s fill',
  })),
];

/** The least contrast a pair needs in a theme: WCAG 2.2 AA; in `contrast`, AAA for text read
 * on the page's own grounds. */
export function minimumContrast(pair: ContrastPair, theme: ThemeName): number {
  if (pair.kind === 'graphic') return 3;
  return theme === 'contrast' && (pair.on === 'bg' || pair.on === 'surface') ? 7 : 4.5;
}

/** The relative luminance of a #rrggbb colour (WCAG 2.2, sRGB). */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21, whichever is lighter. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The weights and dashes that carry a state besides colour, px. Selected: a ring and the
 * heaviest line; related: a heavier line than default; dimmed: the thinnest; inactive
 * (outside the time window): hollow and dotted; approximate: dashed; a claim: dashed.
 */
export const LOOK = {
  /** A date known only approximately: a dashed outline (and a hole in its dot). */
  approximate: { dash: [4, 3] as readonly number[] },
  /** A claim (a relation one side asserts): a dashed line. */
  claimDash: [6, 4] as readonly number[],
  /** An item outside the time window (graph only): kept in place, hollow and dotted. */
  inactiveDash: [2, 3] as readonly number[],
  /** Outline widths of a graph node by state. */
  nodeBorder: { default: 1.5, related: 3, selected: 3, dimmed: 1 },
  /** Line widths of a graph edge by state. */
  edgeWidth: { default: 1.5, related: 3, selected: 4.5, dimmed: 1 },
} as const;
