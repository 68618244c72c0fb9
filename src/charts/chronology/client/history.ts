/**
 * The chart's view in the page URL (for charts that own the page: /chronology/ and its embed).
 * Settled changes push a history entry, so Back restores the previous view; a gesture (wheel, drag,
 * pinch) pushes one entry when it settles and writes nothing while it runs (a history write costs
 * the main thread several milliseconds, a zoom frame has 16). Back and Forward re-apply the URL's
 * state. Unknown or hostile parameters are ignored.
 * In an embed (urlHistory 'replace') every write replaces: a frame's history entries are the host
 * page's, and clicks in a chart inside somebody's report must not add Back steps to it.
 */
import { parseState, serialiseState } from '../state';
import { revealEvent } from '../view';
import type { ChartController } from './controller';
import { cleanupAll, listen } from './dom';

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
  const write = (mode: 'push' | 'replace') => {
    const url = urlOf(ctrl);
    if (url === `${location.pathname}${location.search}` && !location.hash) return;
    if (mode === 'push' && ctrl.options.urlHistory === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const cleanups: (() => void)[] = [
    ctrl.on((c) => {
      if (c.kind === 'settle') {
        if (inGesture) write('push');
        inGesture = false;
        return;
      }
      if (c.kind !== 'state' || c.commit === 'none') return;
      if (c.commit === 'push' || c.commit === 'replace') {
        inGesture = false;
        write(c.commit);
      } else inGesture = true;
    }),
    listen(window, 'popstate', () => {
      inGesture = false;
      const state = parseState(location.search, location.hash, ctrl.universe);
      ctrl.update({ ...state, view: state.view ?? ctrl.chart.view }, 'none');
    }),
  ];
  return () => cleanupAll(cleanups);
}
