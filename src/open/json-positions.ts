/**
 * Every problem of a story file with its line and column, schema problems as well as syntax:
 * a missing field at its object, an unknown field at its name, a wrong value at the value, a
 * trailing comma at the comma itself. JSON.parse stays the judge of what is valid; a small
 * scanner only finds where each value starts.
 */
import type { StoryIndex } from '../model/indexes';
import type { Story } from '../model/schema';
import { validateStoryText } from '../model/validate';
import type { Problem } from '../model/story-text';
import { storyWarnings } from './warnings';

/** A problem of a JSON file; line and column (1-based) where they can be told. */
export type JsonProblem = Problem & { line?: number; column?: number };

export type JsonResult =
  | { ok: true; story: Story; index: StoryIndex; warnings: JsonProblem[] }
  | { ok: false; errors: JsonProblem[] };

interface Positions {
  /** Where the value at each path starts ("" for the whole file). */
  values: Map<string, number>;
  /** Where the name of each object field starts, by the field's path. */
  keys: Map<string, number>;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly fix?: string,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Finds where every value and field name starts, or the first syntax error and its place. */
function scan(text: string): Positions {
  const values = new Map<string, number>();
  const keys = new Map<string, number>();
  let i = 0;
  const n = text.length;
  const fail = (at: number, message: string, fix?: string): never => {
    throw new JsonSyntaxError(at, message, fix);
  };
  const ws = () => {
    while (i < n && WHITESPACE.has(text[i]!)) i++;
  };
  const startsValue = (ch: string | undefined) => ch !== undefined && /["{[\-0-9tfn]/.test(ch);

  const string = (): string => {
    const start = i++;
    let out = '';
    while (i < n) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          i += 2;
        } else fail(i, `"\\${e ?? ''}" is not an escape JSON knows`, 'Write a backslash as \\\\.');
        continue;
      }
      if (ch < ' ') {
        fail(
          i,
          ch === '\n' || ch === '\r'
            ? 'a line break inside text'
            : 'a control character inside text',
          'Write a line break inside text as \\n, or close the text with a " before it.',
        );
      }
      out += ch;
      i++;
    }
    return fail(start, 'this text is never closed', 'Add the closing " of the text.');
  };

  const value = (path: string): void => {
    ws();
    values.set(path, i);
    const ch = text[i];
    if (ch === '{') return object(path);
    if (ch === '[') return array(path);
    if (ch === '"') {
      string();
      return;
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.exec(text)) {
      i = number.lastIndex;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (ch === undefined) fail(n, 'the file ends where a value should be');
    if (ch === "'") fail(i, 'text in single quotes', 'Use double quotes (") around text.');
    fail(i, `a value cannot start with ${JSON.stringify(ch)}`);
  };

  /** After a value in a list or object: a comma, the closing bracket, or a problem. */
  const next = (close: '}' | ']', valueEnd: number): boolean => {
    ws();
    const ch = text[i];
    if (ch === close) {
      i++;
      return false;
    }
    if (ch === ',') {
      const comma = i++;
      ws();
      if (text[i] === close) {
        fail(
          comma,
          `a comma before the closing ${close}`,
          `Remove this comma: the last ${close === '}' ? 'field' : 'item'} has none after it.`,
        );
      }
      return true;
    }
    if (ch === undefined) fail(n, `the file ends before the closing ${close}`);
    if (startsValue(ch)) fail(valueEnd, 'a comma is missing here', 'Add a comma (,) after this.');
    return fail(i, `expected a comma or ${close}, not ${JSON.stringify(ch)}`);
  };

  const object = (path: string): void => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') {
        if (text[i] === undefined) fail(n, 'the file ends before the closing }');
        fail(i, 'a field name must be text in double quotes', 'Write it as "name": value.');
      }
      const keyStart = i;
      const key = string();
      const child = path ? `${path}.${key}` : key;
      keys.set(child, keyStart);
      ws();
      if (text[i] !== ':') fail(i, `a colon (:) is missing after "${key}"`);
      i++;
      value(child);
      if (!next('}', i)) return;
    }
  };

  const array = (path: string): void => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let k = 0; ; k++) {
      value(`${path}[${k}]`);
      if (!next(']', i)) return;
    }
  };

  value('');
  ws();
  if (i < n)
    fail(i, 'more text after the end of the story', 'Remove it, or merge it into the story.');
  return { values, keys };
}

/** Line and column (1-based) of any offset in `text`, by a binary search of the line starts. */
function lineFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let j = text.indexOf('\n'); j !== -1; j = text.indexOf('\n', j + 1)) starts.push(j + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The path one step up: "events[3].date" → "events[3]" → "events" → "". */
const parent = (path: string) => path.replace(/(?:\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, '');

const MAX_SCAN = 5 * 1024 * 1024;

/** Gives a problem the line and column of its path in the file, where it can be told. */
function placer(
  positions: Positions | undefined,
  lineAndColumn: (offset: number) => { line: number; column: number },
): (p: Problem) => JsonProblem {
  return (p) => {
    if (!positions) return p;
    const unknown = /^has unknown fields? "([^"]+)"/.exec(p.message);
    let offset = unknown
      ? positions.keys.get(p.path ? `${p.path}.${unknown[1]}` : unknown[1]!)
      : undefined;
    for (let path = p.path; offset === undefined; path = parent(path)) {
      offset = positions.values.get(path);
      if (path === '') break;
    }
    return offset === undefined ? p : { ...p, ...lineAndColumn(offset) };
  };
}

/**
 * Problems found in the data of a JSON file that parses (a story's translation), each with the
 * line and column of its path, as the story's own problems have them.
 */
export function placeProblems(text: string, problems: readonly Problem[]): JsonProblem[] {
  const clean = text.replace(/^\uFEFF/, '');
  let positions: Positions | undefined;
  try {
    positions = clean.length <= MAX_SCAN ? scan(clean) : undefined;
  } catch {
    positions = undefined;
  }
  return problems.map(placer(positions, lineFinder(clean)));
}

/** Validates a story file's text, with the line and column of every problem. */
export function validateJsonText(text: string): JsonResult {
  // Editors on Windows may save a byte-order mark; it is not part of the story.
  const clean = text.replace(/^\uFEFF/, '');
  const result = validateStoryText(clean);
  let positions: Positions | undefined;
  let syntax: JsonSyntaxError | undefined;
  if (clean.length <= MAX_SCAN) {
    try {
      positions = scan(clean);
    } catch (error) {
      // A syntax error, or nesting too deep to scan: then only JSON.parse's place is known.
      if (error instanceof JsonSyntaxError) syntax = error;
    }
  }
  const lineAndColumn = lineFinder(clean);
  const place = placer(positions, lineAndColumn);

  if (result.ok) {
    const { story, index } = result;
    return { ok: true, story, index, warnings: storyWarnings(story).map(place) };
  }
  if (!result.problems.some((p) => p.message.startsWith('The file is not valid JSON'))) {
    return { ok: false, errors: result.problems.map(place) };
  }
  if (!syntax) return { ok: false, errors: result.problems };
  const at = lineAndColumn(syntax.offset);
  return {
    ok: false,
    errors: [
      {
        path: '',
        message: `The file is not valid JSON at line ${at.line}, column ${at.column}: ${syntax.message}.`,
        fix: syntax.fix ?? 'Check for a missing comma, quote or bracket just before that place.',
        ...at,
      },
    ],
  };
}

/** A JSON problem as the command line prints it: "file:line:col path: message", then the fix. */
export function describeJsonProblem(file: string, p: JsonProblem): string {
  const at = p.line === undefined ? '' : `${file}:${p.line}:${p.column} `;
  return `  ${at}${p.path || '(file)'}: ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}`;
}
