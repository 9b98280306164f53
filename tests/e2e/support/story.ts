// The bundled story, validated, from the one loader every test layer shares. Browser tests
// take their expectations from the literal tables in ./expected.ts, not from this: it is for
// tests that feed the page a changed copy of the data, and for checking those tables still
// describe data/story.json.
export { bundledStory as loadBundledStory } from '../../fixtures/bundled-story';
