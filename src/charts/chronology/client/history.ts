/**
 * The chart's view in the page URL (for charts that own the page: /chronology/ and its embed).
 * Settled changes push a history entry, so Back restores the previous view; a gesture pushes once
 * when it starts, replaces the entry while it runs (at most every 300 ms) and once more when it
 * settles. Back and Forward re-apply the URL's state. Unknown or hostile parameters are ignored.
 * In an embed (urlHistory 'replace') every write replaces: a frame's history entries are the host
 * page's, and clicks in a chart inside somebody's report must not add Back steps to it.
 */
import { parseState, serialiseState } from '../state';
import { revealEvent } from '../view';
import type { ChartController } from './controller';
import { cleanupAll, listen } from './dom';

/** Time between URL updates while a gesture runs (browsers throttle faster history writes). */
export const GESTURE_URL_MS = 300;

/** Applies the URL's state to the chart now (first load). */
export function applyUrl(ctrl: ChartController): void {
  const state = parseState(location.search, location.hash, ctrl.universe);
  ctrl.update({ ...state, view: state.view ?? ctrl.chart.view }, 'none', false);
  // A deep-linked event is brought into view, keeping the zoom asked for.
  if (state.event) {
    const revealed = revealEvent(ctrl.frame(), ctrl.viewMs(), ctrl.byId.get(state.event)!);
    ctrl.setView(revealed, { commit: 'none' });
  }
  // The URL says what is shown: a #id becomes ?event=id, unknown or malformed parameters go.
  const url = urlOf(ctrl);
  if (url !== `${location.pathname}${location.search}` || location.hash) history.replaceState(null, '', url);
}

function urlOf(ctrl: ChartController): string {
  return `${location.pathname}${serialiseState(ctrl.state, ctrl.universe)}`;
}

/** Keeps the URL in step with the chart; returns the cleanup. */
export function attachHistory(ctrl: ChartController): () => void {
  let inGesture = false;
  let lastWrite = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = (mode: 'push' | 'replace') => {
    clearTimeout(pending);
    const url = urlOf(ctrl);
    lastWrite = performance.now();
    if (url === `${location.pathname}${location.search}` && !location.hash) return;
    if (mode === 'push' && ctrl.options.urlHistory === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const cleanups: (() => void)[] = [
    ctrl.on((c) => {
      if (c.kind === 'settle') {
        if (inGesture) write('replace');
        inGesture = false;
        return;
      }
      if (c.kind !== 'state' || c.commit === 'none') return;
      if (c.commit === 'push' || c.commit === 'replace') {
        inGesture = false;
        write(c.commit);
      } else if (!inGesture) {
        inGesture = true;
        write('push');
      } else if (performance.now() - lastWrite >= GESTURE_URL_MS) write('replace');
      else {
        clearTimeout(pending);
        pending = setTimeout(() => write('replace'), GESTURE_URL_MS);
      }
    }),
    listen(window, 'popstate', () => {
      inGesture = false;
      clearTimeout(pending);
      const state = parseState(location.search, location.hash, ctrl.universe);
      ctrl.update({ ...state, view: state.view ?? ctrl.chart.view }, 'none');
    }),
    () => clearTimeout(pending),
  ];
  return () => cleanupAll(cleanups);
}
