/** Every gesture as a pure action on the visible span, with plain numbers. */
import { describe, expect, it } from 'vitest';
import { evenWarp, focusWarp, warp } from '../../src/charts/chronology/layout/scale';
import { DAY_MS, dayToMs } from '../../src/charts/chronology/layout/time';
import { MIN_SPAN_MS } from '../../src/charts/chronology/state';
import {
  dragAction,
  eventsCentre,
  fromWarped,
  isTap,
  keyCommand,
  overviewAction,
  overviewGrip,
  panBy,
  pinchAction,
  revealEvent,
  sameSpan,
  wheelAction,
  zoomAt,
  zoomOn,
  type Frame,
  type WheelInput,
} from '../../src/charts/chronology/view';

const D: [number, number] = [dayToMs('2003-01-01'), dayToMs('2018-01-01')];
const frame: Frame = { warp: evenWarp(D), domainMs: D, left: 100, width: 1000 };
const year: [number, number] = [dayToMs('2014-01-01'), dayToMs('2015-01-01')];
const wheel = (w: Partial<WheelInput>): WheelInput => ({ deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false, shiftKey: false, clientX: 600, ...w });
const at = (view: readonly [number, number], clientX: number) => view[0] + ((clientX - frame.left) / frame.width) * (view[1] - view[0]);

describe('wheel', () => {
  it('zooms in about the pointer with d3-zoom’s curve (×2 per 500 px)', () => {
    const r = wheelAction(frame, year, wheel({ deltaY: -500, clientX: 350 }), 'zoom');
    expect(r.handled).toBe(true);
    expect((r.view[1] - r.view[0]) / (year[1] - year[0])).toBeCloseTo(0.5);
    // The instant under the pointer stays under it.
    expect(at(r.view, 350)).toBeCloseTo(at(year, 350), -3);
  });

  it('reads line and page deltas like d3-zoom', () => {
    const lines = wheelAction(frame, year, wheel({ deltaY: -10, deltaMode: 1 }), 'zoom').view;
    expect((lines[1] - lines[0]) / (year[1] - year[0])).toBeCloseTo(2 ** -0.5);
  });

  it('lets the page scroll when the view cannot change: fully zoomed out and zooming out', () => {
    const r = wheelAction(frame, D, wheel({ deltaY: 120 }), 'zoom');
    expect(r).toEqual({ view: D, handled: false, hint: false });
  });

  it('lets the page scroll at the narrowest span when zooming in further', () => {
    const tight: [number, number] = [dayToMs('2014-06-01'), dayToMs('2014-06-01') + MIN_SPAN_MS];
    expect(wheelAction(frame, tight, wheel({ deltaY: -300 }), 'zoom').handled).toBe(false);
    expect(wheelAction(frame, tight, wheel({ deltaY: 300 }), 'zoom').handled).toBe(true);
  });

  it('pans with a horizontal wheel or Shift, and lets the page have it at the edge', () => {
    const r = wheelAction(frame, year, wheel({ deltaX: 100 }), 'zoom');
    expect(r.handled).toBe(true);
    expect(r.view[0]).toBeGreaterThan(year[0]);
    expect(r.view[1] - r.view[0]).toBeCloseTo(year[1] - year[0], -3);
    const shift = wheelAction(frame, year, wheel({ deltaY: 100, shiftKey: true }), 'zoom');
    expect(shift.view[0]).toBeGreaterThan(year[0]);
    const atStart: [number, number] = [D[0], D[0] + 365 * DAY_MS];
    expect(wheelAction(frame, atStart, wheel({ deltaX: -100 }), 'zoom').handled).toBe(false);
  });

  it('inside prose zooms only with Ctrl or ⌘ held, and otherwise asks for the hint', () => {
    expect(wheelAction(frame, year, wheel({ deltaY: -100 }), 'modifier')).toEqual({ view: year, handled: false, hint: true });
    expect(wheelAction(frame, year, wheel({ deltaY: -100, ctrlKey: true }), 'modifier').handled).toBe(true);
    expect(wheelAction(frame, year, wheel({ deltaY: -100, metaKey: true }), 'modifier').handled).toBe(true);
  });
});

describe('pinch', () => {
  it('zooms by the straight-line distance between the fingers, so a vertical pinch zooms too', () => {
    const vertical = pinchAction(frame, { view: year, a: [600, 100], b: [600, 200] }, { a: [600, 50], b: [600, 250] });
    expect((vertical[1] - vertical[0]) / (year[1] - year[0])).toBeCloseTo(0.5);
    const diagonal = pinchAction(frame, { view: year, a: [500, 100], b: [530, 140] }, { a: [470, 60], b: [560, 180] });
    expect((diagonal[1] - diagonal[0]) / (year[1] - year[0])).toBeCloseTo(1 / 3);
  });

  it('keeps the instant under the first midpoint under the current midpoint (pans while it zooms)', () => {
    const start = { view: year, a: [400, 100] as const, b: [600, 100] as const };
    const next = pinchAction(frame, start, { a: [450, 100], b: [850, 100] });
    expect((next[1] - next[0]) / (year[1] - year[0])).toBeCloseTo(0.5);
    expect(at(next, 650)).toBeCloseTo(at(year, 500), -4);
  });

  it('ignores fingers on top of each other', () => {
    expect(pinchAction(frame, { view: year, a: [500, 100], b: [500, 100] }, { a: [400, 100], b: [600, 100] })).toEqual(year);
  });
});

describe('drag and tap', () => {
  it('moves the content with the pointer, clamped at the ends', () => {
    const right = dragAction(frame, year, 500, 600);
    expect(right[0]).toBeCloseTo(year[0] - (year[1] - year[0]) / 10, -4);
    expect(dragAction(frame, [D[0], D[0] + 365 * DAY_MS], 500, 900)[0]).toBe(D[0]);
    expect(panBy(frame, year, 0)).toEqual(year);
  });

  it('treats a pointer that moved under 6 px as a tap', () => {
    expect(isTap([10, 10], [14, 13])).toBe(true);
    expect(isTap([10, 10], [16, 10])).toBe(false);
  });
});

describe('zoom commands', () => {
  it('zooms on an instant, centring it', () => {
    const centre = dayToMs('2014-06-25');
    const z = zoomOn(frame, year, 2, centre);
    expect((z[0] + z[1]) / 2).toBeCloseTo(centre, -4);
    expect(z[1] - z[0]).toBeCloseTo((year[1] - year[0]) / 2, -4);
    expect(zoomAt(frame, year, 1e9, 600)[1] - zoomAt(frame, year, 1e9, 600)[0]).toBeCloseTo(MIN_SPAN_MS, -3);
    expect(zoomOn(frame, year, 0.0001, centre)).toEqual(D);
  });

  it('`+` zooms on the middle of the events in view, not on empty years', () => {
    const events = [
      { start: '2003-03-01', end: '2003-03-01' },
      { start: '2014-06-10', end: '2014-06-10' },
      { start: '2014-06-25', end: '2014-06-25' },
    ];
    expect(eventsCentre(events, D)).toBe(dayToMs('2014-06-10') + DAY_MS / 2);
    expect(eventsCentre([], year)).toBe((year[0] + year[1]) / 2);
  });

  it('brings an event into view keeping the zoom', () => {
    expect(revealEvent(frame, year, { start: '2014-06-29', end: '2014-06-29' })).toEqual(year);
    const early: [number, number] = [dayToMs('2004-01-01'), dayToMs('2004-02-01')];
    const shown = revealEvent(frame, early, { start: '2014-06-29', end: '2014-06-29' });
    expect(shown[1] - shown[0]).toBeCloseTo(early[1] - early[0], -3);
    expect((shown[0] + shown[1]) / 2).toBeCloseTo(dayToMs('2014-06-29') + DAY_MS / 2, -3);
  });
});

describe('on a focused (warped) axis', () => {
  const events = Array.from({ length: 24 }, (_, i) => ({ start: `2014-0${1 + (i % 9)}-10`, end: `2014-0${1 + (i % 9)}-10`, precision: 'day' }));
  const { warp: w } = focusWarp(events, D);
  const warped: Frame = { ...frame, warp: w };

  it('zooms linearly in the warped coordinate and stays inside the domain', () => {
    const z = wheelAction(warped, D, wheel({ deltaY: -500, clientX: 600 }), 'zoom').view;
    expect(warp(w, z[1]) - warp(w, z[0])).toBeCloseTo(0.5);
    expect(z[0]).toBeGreaterThanOrEqual(D[0]);
    expect(z[1]).toBeLessThanOrEqual(D[1]);
    const [a, b] = fromWarped(warped, -0.3, 0.2);
    expect(a).toBe(D[0]);
    expect(warp(w, b)).toBeCloseTo(0.5);
  });
});

describe('overview strip', () => {
  it('takes hold of the window’s ends, its body or outside it', () => {
    expect(overviewGrip(year, year[0] + DAY_MS, 5 * DAY_MS)).toBe('left');
    expect(overviewGrip(year, year[1], 5 * DAY_MS)).toBe('right');
    expect(overviewGrip(year, (year[0] + year[1]) / 2, 5 * DAY_MS)).toBe('move');
    expect(overviewGrip(year, D[0], 5 * DAY_MS)).toBe('outside');
  });

  it('moves the window, resizes it by either handle (never under the minimum span), or centres it', () => {
    const w = year[1] - year[0];
    expect(overviewAction(D, 'move', year, year[0], year[0] + 30 * DAY_MS)).toEqual([year[0] + 30 * DAY_MS, year[1] + 30 * DAY_MS]);
    expect(overviewAction(D, 'move', year, year[0], year[0] - 1e12)).toEqual([D[0], D[0] + w]);
    expect(overviewAction(D, 'left', year, year[0], year[0] - 100 * DAY_MS)).toEqual([year[0] - 100 * DAY_MS, year[1]]);
    expect(overviewAction(D, 'left', year, year[0], year[1])).toEqual([year[1] - MIN_SPAN_MS, year[1]]);
    expect(overviewAction(D, 'right', year, year[1], year[1] + 10 * DAY_MS)).toEqual([year[0], year[1] + 10 * DAY_MS]);
    const c = dayToMs('2008-07-01');
    expect(overviewAction(D, 'outside', year, c, c)).toEqual([c - w / 2, c + w / 2]);
  });
});

describe('keyboard', () => {
  it('maps keys to commands', () => {
    expect(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].map((k) => keyCommand(k, false))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
    ]);
    expect(keyCommand('ArrowRight', true)).toBe('pan-later');
    expect(keyCommand('ArrowLeft', true)).toBe('pan-earlier');
    expect(['+', '=', '-', '−', '0', 'Enter', ' ', 'Escape'].map((k) => keyCommand(k, false))).toEqual([
      'zoom-in',
      'zoom-in',
      'zoom-out',
      'zoom-out',
      'reset',
      'open',
      'open',
      'close',
    ]);
    expect(keyCommand('a', false)).toBeNull();
    expect(sameSpan(year, [year[0] + 1, year[1]])).toBe(true);
  });
});
