import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Graph from './Graph.svelte';
import { validateStory } from '../model/validate';
import { NO_STATES, statesFor } from '../model/selection';
import { messages } from '../i18n/messages';
import { miniStory } from '../../tests/fixtures/mini-story';
import { stubCanvas } from '../../tests/canvas-stub';

stubCanvas();

function setup(overrides: Record<string, unknown> = {}) {
  const result = validateStory(miniStory());
  if (!result.ok) throw new Error('mini story invalid');
  const onselect = vi.fn();
  const onhover = vi.fn();
  const props = {
    story: result.story,
    index: result.index,
    states: NO_STATES,
    hoverStates: NO_STATES,
    active: null,
    onselect,
    onhover,
    ...overrides,
  };
  const view = render(Graph, props);
  return { ...view, onselect, onhover, index: result.index, props };
}

async function options() {
  const listbox = screen.getByRole('listbox');
  await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(3));
  return { listbox, options: within(listbox).getAllByRole('option') };
}

describe('the entity graph', () => {
  it('offers one option per entity, named by name, kind and relations', async () => {
    setup();
    const { options: items } = await options();
    const names = items.map((el) => el.getAttribute('aria-label')).sort();
    expect(names).toEqual([
      'Ana, person, 2 relations',
      'Ben, person, 1 relation',
      'The Act, law, 1 relation',
    ]);
    for (const el of items) expect(el).toHaveAttribute('data-state', 'default');
  });

  it('is one tab stop, and selects and clears from the keyboard', async () => {
    const user = userEvent.setup();
    const { onselect } = setup();
    const { listbox } = await options();
    await user.tab();
    expect(listbox).toHaveFocus();
    expect(listbox.querySelectorAll('[tabindex]')).toHaveLength(0);
    const first = listbox.getAttribute('aria-activedescendant');
    expect(first).toBeTruthy();
    await user.keyboard('{End}');
    const last = listbox.getAttribute('aria-activedescendant');
    expect(last).not.toBe(first);
    await user.keyboard('{Enter}');
    const id = document.getElementById(last!)!.getAttribute('data-entity-id');
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'entity', id });
    await user.keyboard('{Escape}');
    expect(onselect).toHaveBeenLastCalledWith(null);
    await user.tab();
    expect(screen.getByRole('button', { name: messages.graph.zoomIn })).toHaveFocus();
  });

  it('steps through a node’s relations with R, each described as a sentence', async () => {
    const user = userEvent.setup();
    const { onselect } = setup();
    const { listbox, options: items } = await options();
    const ana = items.find((el) => el.dataset.entityId === 'ana')!;
    await user.click(ana);
    expect(onselect).toHaveBeenLastCalledWith({ kind: 'entity', id: 'ana' });
    await user.keyboard('r');
    const relation = document.getElementById(listbox.getAttribute('aria-activedescendant')!)!;
    expect(relation).toHaveAttribute('role', 'option');
    expect(relation.getAttribute('aria-label')).toMatch(/^Ana (invoked The Act|allied with Ben)$/);
    await user.keyboard('r');
    const other = document.getElementById(listbox.getAttribute('aria-activedescendant')!)!;
    expect(other).not.toBe(relation);
    const claimed = [relation, other].find(
      (el) => el.dataset.relationId === 'ana-allied-with-ben',
    )!;
    const description = document.getElementById(claimed.getAttribute('aria-describedby')!);
    expect(description).toHaveTextContent('Claimed by Ana');
    await user.keyboard('{Enter}');
    expect(onselect).toHaveBeenLastCalledWith({
      kind: 'relation',
      id: other.dataset.relationId,
    });
  });

  it('shows the states it is given on each node', async () => {
    const { props, rerender, index } = setup();
    await options();
    await rerender({ ...props, states: statesFor(index, { kind: 'entity', id: 'ben' }) });
    const state = (id: string) =>
      document.querySelector(`[data-entity-id="${id}"]`)?.getAttribute('data-state');
    expect([state('ben'), state('ana'), state('the-act')]).toEqual([
      'selected',
      'related',
      'dimmed',
    ]);
    expect(document.querySelector('[data-entity-id="ben"]')).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('reports hover and tells inactive entities apart', async () => {
    const user = userEvent.setup();
    const active = {
      entities: new Set(['ana']),
      relations: new Set<string>(),
      events: new Set<string>(),
    };
    const { onhover } = setup({ active });
    const { options: items } = await options();
    const ben = items.find((el) => el.dataset.entityId === 'ben')!;
    expect(ben.getAttribute('aria-label')).toContain(messages.graph.inactive);
    const ana = items.find((el) => el.dataset.entityId === 'ana')!;
    await user.hover(ana);
    expect(onhover).toHaveBeenLastCalledWith({ kind: 'entity', id: 'ana' });
    await user.unhover(ana);
    expect(onhover).toHaveBeenLastCalledWith(null);
  });

  it('has a legend of every kind and named zoom buttons', async () => {
    setup();
    const legend = screen.getByRole('list', { name: messages.graph.legendLabel });
    for (const name of Object.values(messages.graph.kinds)) {
      expect(within(legend).getByText(name)).toBeInTheDocument();
    }
    for (const name of [messages.graph.zoomIn, messages.graph.zoomOut, messages.graph.fit]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('pans to what another view reveals, and not to its own selections', async () => {
    const user = userEvent.setup();
    const { props, rerender, onselect } = setup();
    const { options: items } = await options();
    // Drag the graph far to the right: a press on a node that moves pans instead of selecting.
    await user.pointer([
      { keys: '[MouseLeft>]', target: items[0]!, coords: { clientX: 10, clientY: 10 } },
      { target: items[0]!, coords: { clientX: 1500, clientY: 10 } },
      { keys: '[/MouseLeft]' },
    ]);
    const inView = (id: string) => {
      const el = document.querySelector<HTMLElement>(`[data-entity-id="${id}"]`)!;
      const [left, top] = [parseFloat(el.style.left), parseFloat(el.style.top)];
      const [width, height] = [parseFloat(el.style.width), parseFloat(el.style.height)];
      return left >= 0 && top >= 0 && left + width <= 1024 && top + height <= 600;
    };
    expect(['ana', 'ben', 'the-act'].filter(inView)).toEqual([]);
    const item = { kind: 'entity', id: 'ben' } as const;
    await rerender({ ...props, revealCommand: { id: 1, item, origin: 'graph' } });
    expect(inView('ben')).toBe(false);
    await rerender({ ...props, revealCommand: { id: 2, item, origin: 'timeline' } });
    await waitFor(() => expect(inView('ben')).toBe(true));
    expect(onselect).not.toHaveBeenCalled();
  });

  it('puts entity ids only on the node options', async () => {
    const { container } = setup();
    await options();
    const tagged = container.querySelectorAll('[data-entity-id]');
    expect([...tagged].every((el) => el.getAttribute('role') === 'option')).toBe(true);
    expect(tagged).toHaveLength(3);
  });
});
