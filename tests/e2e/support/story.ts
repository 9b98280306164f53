import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateStoryText } from '../../../src/model/validate';

/** The bundled story, validated and indexed, so tests compute expectations from the data. */
export function loadBundledStory() {
  const result = validateStoryText(readFileSync(resolve('data/story.json'), 'utf8'));
  if (!result.ok) throw new Error('data/story.json is invalid: run npm run validate');
  return result;
}

export const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 360, height: 740 },
] as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}
