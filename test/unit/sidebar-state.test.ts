import { describe, expect, it } from 'vitest';
import { addLookup, dismissLookup, LOOKUP_CUT_NOTICE, settleLookup } from '../../lib/sidebar/lookups';
import { pickerPosition } from '../../lib/sidebar/picker';
import { chosenPlacement, layoutFor, pageMargin, startsCollapsed } from '../../lib/sidebar/placement';

describe('layoutFor', () => {
  it('stands beside the page on wide windows, over it below 1100 px, as a bottom sheet below 700 px', () => {
    expect(layoutFor(1280, null)).toBe('side');
    expect(layoutFor(1100, null)).toBe('side');
    expect(layoutFor(1280, 'overlay')).toBe('overlay');
    expect(layoutFor(1000, null)).toBe('overlay');
    expect(layoutFor(1000, 'side')).toBe('overlay');
    expect(layoutFor(699, 'side')).toBe('sheet');
    expect(layoutFor(390, null)).toBe('sheet');
  });
  it('narrows the page only while beside it and open', () => {
    expect(pageMargin('side', true)).toContain('margin-right: 360px');
    expect(pageMargin('side', false)).toBe('');
    expect(pageMargin('overlay', true)).toBe('');
  });
  it('reads only a placement it knows', () => {
    expect(chosenPlacement('side')).toBe('side');
    expect(chosenPlacement('sideways')).toBeNull();
    expect(chosenPlacement(undefined)).toBeNull();
  });
});

describe('startsCollapsed', () => {
  it('is the slim tab below 1100 px unless asked for, and wherever the reader collapsed it', () => {
    expect(startsCollapsed(1280, false, false)).toBe(false);
    expect(startsCollapsed(1000, false, false)).toBe(true);
    expect(startsCollapsed(1000, false, true)).toBe(false);
    expect(startsCollapsed(1280, true, true)).toBe(true);
  });
});

describe('look-ups', () => {
  it('adds newest first, settles one, dismisses one', () => {
    let list = addLookup([], 'lookup-1', 'a', false);
    list = addLookup(list, 'lookup-2', 'b', true);
    expect(list.map((l) => l.id)).toEqual(['lookup-2', 'lookup-1']);
    expect(list[0].notice).toBe(LOOKUP_CUT_NOTICE);
    list = settleLookup(list, 'lookup-1', { message: 'failed' });
    expect(list[1].message).toBe('failed');
    expect(dismissLookup(list, 'lookup-2').map((l) => l.id)).toEqual(['lookup-1']);
  });
});

describe('pickerPosition', () => {
  const viewport = { width: 1280, height: 900 };
  it('stands above the selection, inside the text column, never over the sidebar', () => {
    const sidebar = { left: 920, top: 0, right: 1280, bottom: 900 };
    expect(pickerPosition({ left: 100, top: 300, right: 400, bottom: 320 }, viewport, sidebar)).toEqual({ x: 100, y: 262 });
    const p = pickerPosition({ left: 880, top: 300, right: 1000, bottom: 320 }, viewport, sidebar);
    expect(p.x + 120).toBeLessThanOrEqual(920);
  });
  it('goes below a selection at the top, and stays in the window', () => {
    expect(pickerPosition({ left: 10, top: 10, right: 50, bottom: 30 }, viewport, null).y).toBe(36);
    expect(pickerPosition({ left: 10, top: 2000, right: 50, bottom: 2020 }, viewport, null).y).toBe(900 - 38);
  });
});
