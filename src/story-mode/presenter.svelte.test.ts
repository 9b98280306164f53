import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURSOR_IDLE_MS, Presenter, type FullScreen } from './presenter.svelte';

/** A browser's full screen that allows it or not, and says what was asked of it. */
function screen(allowed: boolean, refuses = false) {
  let active = false;
  const calls: string[] = [];
  const api: FullScreen = {
    allowed: () => allowed,
    enter: () => {
      calls.push('enter');
      if (refuses) return Promise.reject(new TypeError('Permissions check failed'));
      active = true;
      return Promise.resolve();
    },
    exit: () => {
      calls.push('exit');
      active = false;
      return Promise.resolve();
    },
    active: () => active,
  };
  return { api, calls, leave: () => (active = false) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('presenter mode', () => {
  it('goes full screen from a button, and leaves it when the presentation stops', async () => {
    const s = screen(true);
    const p = new Presenter(s.api);
    await p.start(true);
    expect([p.presenting, p.fullScreen, p.refused]).toEqual([true, true, false]);
    await p.stop();
    expect([p.presenting, p.fullScreen]).toEqual([false, false]);
    expect(s.calls).toEqual(['enter', 'exit']);
  });

  it('fills the window instead where full screen is not allowed (an iframe) or refused', async () => {
    for (const s of [screen(false), screen(true, true)]) {
      const p = new Presenter(s.api);
      await p.start(true);
      expect([p.presenting, p.fullScreen, p.refused]).toEqual([true, false, true]);
    }
  });

  it('opens from a link without full screen, which needs a press; the button asks then', async () => {
    const s = screen(true);
    const p = new Presenter(s.api);
    await p.start(false);
    expect([p.presenting, p.fullScreen, s.calls]).toEqual([true, false, []]);
    await p.enterFullScreen();
    expect(p.fullScreen).toBe(true);
  });

  it('ends when the browser leaves full screen (Escape)', async () => {
    const s = screen(true);
    const p = new Presenter(s.api);
    await p.start(true);
    s.leave();
    p.fullScreenChanged();
    expect(p.presenting).toBe(false);
    expect(s.calls).toEqual(['enter']);
  });

  it('hides the pointer after two seconds still, and shows it again when it moves', async () => {
    const p = new Presenter(screen(true).api);
    await p.start(false);
    vi.advanceTimersByTime(CURSOR_IDLE_MS - 1);
    expect(p.cursorHidden).toBe(false);
    vi.advanceTimersByTime(1);
    expect(p.cursorHidden).toBe(true);
    p.moved();
    expect(p.cursorHidden).toBe(false);
    vi.advanceTimersByTime(CURSOR_IDLE_MS);
    expect(p.cursorHidden).toBe(true);
    await p.stop();
    expect(p.cursorHidden).toBe(false);
    p.moved();
    vi.advanceTimersByTime(CURSOR_IDLE_MS * 2);
    expect(p.cursorHidden).toBe(false);
  });
});
