/** The views loaded after the timeline's first paint, as one chunk (deferred.ts says why). */
export { default as HeaderActions } from './HeaderActions.svelte';
export { default as SidePanelTabs } from './SidePanelTabs.svelte';
export { default as EmbedFooter } from '../embed/EmbedFooter.svelte';
export { default as StoryModeLayers } from '../story-mode/StoryModeLayers.svelte';
export { default as OpenReport } from '../open/OpenReport.svelte';
export { default as DropZone } from '../open/DropZone.svelte';
