/**
 * What a valid story may still get wrong: items that are there but lead nowhere. Warnings are
 * reported apart from errors and never block the story.
 */
import type { Problem } from '../model/story-text';
import type { Story } from '../model/schema';

/** Every warning of a valid story, each with the place of its item. */
export function storyWarnings(story: Story): Problem[] {
  const mentioned = new Set<string>();
  const claimants = (claim: { by: string[]; disputedBy?: string[] } | undefined) =>
    [...(claim?.by ?? []), ...(claim?.disputedBy ?? [])].forEach((id) => mentioned.add(id));
  for (const event of story.events) {
    event.entities.forEach(({ id }) => mentioned.add(id));
    claimants(event.claim);
  }
  for (const relation of story.relations) {
    mentioned.add(relation.from);
    mentioned.add(relation.to);
    claimants(relation.claim);
  }

  const warnings: Problem[] = [];
  story.entities.forEach((entity, i) => {
    if (mentioned.has(entity.id)) return;
    warnings.push({
      path: `entities[${i}]`,
      message: `no event or relation mentions "${entity.id}": it stands alone in the graph and never on the timeline`,
      fix: 'Name it in an event or a relation, or leave it out.',
    });
  });
  story.relations.forEach((relation, i) => {
    if (relation.start || relation.end || relation.events?.length) return;
    warnings.push({
      path: `relations[${i}]`,
      message: `"${relation.id}" has neither dates nor events, so it holds throughout the story`,
      fix: 'If it did not, give it a start (and an end), or the events that show it.',
    });
  });
  return warnings;
}
