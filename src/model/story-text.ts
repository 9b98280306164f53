/**
 * A story file's text as far as JSON (its size, then its syntax), and the problems found in a
 * story, as every reader of a story reports them. Apart from the validator (validate.ts), so
 * the page reads its own story, validated when the site was built, without loading zod.
 */
import type { IndexedStory } from './indexes';

const MAX_STORY_BYTES = 5 * 1024 * 1024;

export interface Problem {
  /** Where: "events[3].entities[1].id"; "" for the file as a whole. */
  path: string;
  message: string;
  fix?: string;
  /** On the last line of a long list ("and 27,700 more problems"): the problems it stands for. */
  more?: number;
}

/** How many problems a list holds, counting those its last line stands for. */
export function problemCount(problems: readonly Pick<Problem, 'more'>[]): number {
  return problems.reduce((n, p) => n + (p.more ?? 1), 0);
}

export type ValidationResult =
  | { ok: true; story: IndexedStory['story']; index: IndexedStory['index'] }
  | { ok: false; problems: Problem[] };

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function jsonProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  let where: { line: number; column: number };
  if (lineCol) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (position) where = lineAndColumn(text, Number(position[1]));
  else where = lineAndColumn(text, text.length);
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ at position \d+/, '');
  return {
    path: '',
    message: `The file is not valid JSON at line ${where.line}, column ${where.column}: ${reason}.`,
    fix: 'Check for a missing comma, quote or bracket just before that place.',
  };
}

/**
 * Reads the text of a story file as far as JSON: its size, then its syntax. The parsed data, or
 * the problem that stopped it (validateStoryText goes on to validate the data).
 */
export function readStoryText(
  text: string,
): { ok: true; data: unknown } | Extract<ValidationResult, { ok: false }> {
  // Characters bound bytes from below; only count bytes exactly when it could matter.
  const bytes = text.length * 3 > MAX_STORY_BYTES ? new TextEncoder().encode(text).length : 0;
  if (bytes > MAX_STORY_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `The file is ${mb} MB; a story can be at most 5 MB.`,
          fix: 'Split it into several stories.',
        },
      ],
    };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [jsonProblem(text, error)] };
  }
}
