/**
 * Keyboard behaviour of the chart (one tab stop): arrows move a cursor through the events in
 * time order (announced, and the view follows), Enter opens the event, Escape closes it, + and −
 * zoom on the cursor (or the events in view), Shift + arrows pan, 0 shows the whole period.
 */
import { dayToMs, DAY_MS } from '../layout/time';
import { eventLabel } from '../render/svg';
import { stepEvent, type Step } from '../state';
import { eventsCentre, keyCommand, panFraction, revealEvent, zoomOn } from '../view';
import type { ChartController } from './controller';
import { listen } from './dom';

/** Announces a line to screen readers through the chart's live region. */
export function announce(ctrl: ChartController, text: string): void {
  const live = ctrl.host.querySelector('.chrono-live');
  if (live) live.textContent = text;
}

/** Moves the keyboard cursor one step; the view follows and the open panel too. */
export function moveActive(ctrl: ChartController, step: Step): void {
  const order = (ctrl.plan?.events ?? ctrl.chart.data.events).map((e) => e.id);
  const next = stepEvent(order, ctrl.active, step);
  if (!next) return;
  const ev = ctrl.byId.get(next)!;
  const view = ctrl.baseView();
  const revealed = revealEvent(ctrl.frame(), view, ev);
  if (revealed[0] !== view[0] || revealed[1] !== view[1]) ctrl.setView(revealed, { commit: 'replace' });
  if (ctrl.state.event) ctrl.select(next, 'keyboard', 'replace');
  ctrl.setActive(next);
  announce(ctrl, eventLabel(ev, ctrl.groups));
}

/** Wires keys on the chart; returns the cleanup. */
export function attachKeyboard(ctrl: ChartController): () => void {
  const figure = ctrl.host.querySelector<HTMLElement>('.chrono-figure');
  if (!figure) return () => {};
  return listen(figure, 'keydown', (e: KeyboardEvent) => {
    if (!(e.target instanceof SVGSVGElement) || !e.target.classList.contains('chrono-svg')) return;
    const command = keyCommand(e.key, e.shiftKey);
    if (!command || e.altKey || e.ctrlKey || e.metaKey) return;
    const view = ctrl.baseView();
    const frame = ctrl.frame();
    const centre = ctrl.active
      ? (() => {
          const ev = ctrl.byId.get(ctrl.active)!;
          return (dayToMs(ev.start) + dayToMs(ev.end) + DAY_MS) / 2;
        })()
      : eventsCentre(ctrl.eventsInView(), view);
    switch (command) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last':
        moveActive(ctrl, command);
        break;
      case 'zoom-in':
        ctrl.setView(zoomOn(frame, view, 2, centre), { animate: true, commit: 'push' });
        break;
      case 'zoom-out':
        ctrl.setView(zoomOn(frame, view, 0.5, (view[0] + view[1]) / 2), { animate: true, commit: 'push' });
        break;
      case 'reset':
        ctrl.setView(ctrl.chart.domainMs, { animate: true, commit: 'push' });
        break;
      case 'pan-earlier':
      case 'pan-later':
        ctrl.setView(panFraction(frame, view, command === 'pan-later' ? 0.25 : -0.25), { commit: 'push' });
        break;
      case 'open':
        if (ctrl.active) ctrl.select(ctrl.active, 'keyboard');
        else moveActive(ctrl, 'first');
        break;
      case 'close':
        if (!ctrl.state.event) return;
        ctrl.select(null, 'keyboard');
        break;
    }
    e.preventDefault();
  });
}
