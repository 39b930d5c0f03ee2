import { describe, expect, it } from 'vitest';
import { addLookup, dismissLookup, LOOKUP_CUT_NOTICE, settleLookup } from '../../lib/sidebar/lookups';
import { pickerPosition } from '../../lib/sidebar/picker';
import {
  clampTabPosition,
  draggedTabPosition,
  layoutFor,
  layoutSentence,
  pageMargin,
  placementMatters,
  scrollToClear,
  startsCollapsed,
  tabTop,
} from '../../lib/sidebar/placement';

describe('layoutFor', () => {
  it('stands beside the page from 900 px (the article keeps 540), over it below, as a bottom sheet below 700 px', () => {
    expect(layoutFor(1280, 'side')).toBe('side');
    expect(layoutFor(900, 'side')).toBe('side');
    expect(layoutFor(1280, 'overlay')).toBe('overlay');
    expect(layoutFor(1000, 'side')).toBe('side');
    expect(layoutFor(899, 'side')).toBe('overlay');
    expect(layoutFor(699, 'side')).toBe('sheet');
    expect(layoutFor(390, 'overlay')).toBe('sheet');
  });
  it('offers the choice only where it can act', () => {
    expect(placementMatters(900)).toBe(true);
    expect(placementMatters(899)).toBe(false);
    expect(placementMatters(390)).toBe(false);
  });
  it('says what the sidebar does at a width, true to layoutFor', () => {
    expect(layoutSentence(1000, 'side')).toMatch(/1000 px wide, the sidebar opens beside the article/);
    expect(layoutSentence(1000, 'overlay')).toMatch(/over the right edge of the page, as you chose/);
    expect(layoutSentence(800, 'side')).toMatch(/slim tab .* over the page: beside needs 900 px/);
    expect(layoutSentence(390, 'side')).toMatch(/sheet/);
  });
  it('narrows the page only while beside it and open', () => {
    expect(pageMargin('side', true)).toContain('margin-right: 360px');
    expect(pageMargin('side', false)).toBe('');
    expect(pageMargin('overlay', true)).toBe('');
  });
});

describe('startsCollapsed', () => {
  it('is the slim tab below 900 px unless asked for, and wherever the reader collapsed it', () => {
    expect(startsCollapsed(1280, false, false)).toBe(false);
    expect(startsCollapsed(900, false, false)).toBe(false);
    expect(startsCollapsed(899, false, false)).toBe(true);
    expect(startsCollapsed(899, false, true)).toBe(false);
    expect(startsCollapsed(1280, true, true)).toBe(true);
  });
});

describe('a passage above the sheet', () => {
  it('does not move a passage already clear of the sheet', () => {
    expect(scrollToClear({ top: 100, bottom: 140 }, 400)).toBe(0);
  });
  it('moves a passage under the sheet (or above the window) into the space above it', () => {
    for (const box of [{ top: 700, bottom: 740 }, { top: -300, bottom: -260 }, { top: 380, bottom: 420 }]) {
      const by = scrollToClear(box, 400);
      expect(box.top - by).toBeGreaterThanOrEqual(16);
      expect(box.bottom - by).toBeLessThanOrEqual(400 - 16);
    }
  });
  it('puts the start of a passage taller than the space at its top', () => {
    expect(scrollToClear({ top: 600, bottom: 1200 }, 400)).toBe(600 - 16);
  });
});

describe('the slim tab along the edge', () => {
  it('stays in the middle band of the window, never in its corners', () => {
    expect(tabTop(0)).toBe('15vh');
    expect(tabTop(1)).toBe('65vh');
    expect(tabTop(0.5)).toBe('40vh');
    expect(tabTop(7)).toBe('65vh');
    expect(tabTop(Number.NaN)).toBe('40vh');
  });
  it('follows a drag in proportion to the window, within the band', () => {
    expect(draggedTabPosition(0.5, 100, 1000)).toBeCloseTo(0.7);
    expect(draggedTabPosition(0.5, -1000, 1000)).toBe(0);
    expect(draggedTabPosition(0.5, 50, 0)).toBe(1);
    expect(clampTabPosition(-1)).toBe(0);
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
