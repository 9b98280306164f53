import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import App from './App.svelte';
import { validateStory, validateStoryText } from './model/validate';
import { miniStory } from '../tests/fixtures/mini-story';
import type { LoadOutcome } from './model/load';
import { testWholePage } from '../tests/whole-page';

testWholePage();

function loader(outcome: LoadOutcome) {
  return () => Promise.resolve(outcome);
}

describe('the first page', () => {
  it('lists the events in date order with their dates as precise as written', async () => {
    render(App, { load: loader({ file: 'mini.json', ...validateStory(miniStory()) }) });
    await fireEvent.click(await screen.findByRole('tab', { name: 'Lists' }));
    const panel = document.querySelector('[data-view="list"]') as HTMLElement;
    const items = [...panel.querySelectorAll('li[data-event-id]')];
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual([
      'act-signed',
      'act-invoked',
      'talks',
      'meeting',
    ]);
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '6 July 1798',
      'about March 2025',
      '20 March 2025 to about 10 April 2025',
      '14 April 2025 at 11:00',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A mini story');
  });

  it('shows every problem of an invalid story, each with its place', async () => {
    const broken = miniStory();
    broken.events[0]!.entities[0]!.id = 'anna';
    broken.events[1]!.date.start = '2025-02-30';
    render(App, { load: loader({ file: 'mini.json', ...validateStory(broken) }) });
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('mini.json has 2 problems');
    expect(panel).toHaveTextContent('events[0].entities[0].id');
    expect(panel).toHaveTextContent('unknown entity "anna"');
    expect(panel).toHaveTextContent('Did you mean "ana"?');
    expect(panel).toHaveTextContent('"2025-02-30" does not exist');
  });

  it('shows where a file is not valid JSON', async () => {
    render(App, { load: loader({ file: 'bad.json', ...validateStoryText('{"a": 1,,}') }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(/line 1, column 9/);
  });

  it('renders data text as text, never as markup', async () => {
    const story = miniStory();
    story.events[0]!.title = '<img src=x onerror="alert(1)">Meeting';
    const { container } = render(App, {
      load: loader({ file: 'x.json', ...validateStory(story) }),
    });
    const item = await screen.findByText('<img src=x onerror="alert(1)">Meeting', {
      selector: '[data-view="list"] li .title',
    });
    expect(item).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});
