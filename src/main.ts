import { mount } from 'svelte';
import './styles/tokens.css';
import './styles/base.css';
import './app/skeleton.css';
import App from './App.svelte';
import { theme } from './ui/theme.svelte';

// The theme first, so the first paint is in it.
theme.start();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// index.html's first paint goes once the story (or what is wrong with it) is on screen.
const skeleton = document.getElementById('skeleton');
export default mount(App, { target, props: { onshown: () => skeleton?.remove() } });
