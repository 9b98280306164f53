import { beforeAll } from 'vitest';
import { stubCanvas } from './canvas-stub';

/**
 * For a component test file that renders the whole page (App): the graph's canvas stubbed,
 * and the chunks the page loads after its first paint (the deferred views, the graph)
 * compiled before any test's clock starts. vitest compiles a chunk on its first import:
 * seconds on a busy machine, which the first test to wait for the side panel would pay
 * inside its own 5 s.
 */
export function testWholePage(): void {
  stubCanvas();
  beforeAll(async () => {
    await Promise.all([import('../src/app/deferred-views'), import('../src/graph/Graph.svelte')]);
  }, 60_000);
}
