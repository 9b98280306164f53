import { mount } from 'svelte';
import './styles/tokens.css';
import './styles/base.css';
import './app/skeleton.css';
import App from './App.svelte';
import { theme } from './ui/theme.svelte';
import { loadMessages, UI_LANGUAGES } from './i18n/messages';
import { ReaderLanguage } from './i18n/reader-language.svelte';

// The theme first, so the first paint is in it.
theme.start();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// index.html's first paint goes once the story (or what is wrong with it) is on screen.
const skeleton = document.getElementById('skeleton');
const language = new ReaderLanguage(location.search, navigator.languages ?? []);
const reading = language.pick(UI_LANGUAGES);
// The page mounts with the reader's UI text at hand: a table other than English comes in a
// chunk of its own (i18n/messages.ts), downloading beside the story in the reader's language,
// which the page's first script has asked for (scripts/vite-first-script.ts).
void loadMessages(reading).then(() =>
  mount(App, { target, props: { language, onshown: () => skeleton?.remove() } }),
);
