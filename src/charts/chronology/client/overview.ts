/**
 * The overview strip's window: a box over the strip showing the visible span, with a resize
 * handle at each end (24 px wide targets). Drag the box to move through time, a handle to widen
 * or narrow the span, or press outside to centre the view there. Arithmetic in view.ts.
 */
import { overviewAction, overviewGrip, type OverviewGrip, type Span } from '../view';
import type { ChartController } from './controller';
import { cleanupAll, el, listen } from './dom';

/** Draws and wires the overview window; returns the cleanup. */
export function attachOverview(ctrl: ChartController): () => void {
  const wrap = ctrl.host.querySelector<HTMLElement>('.chrono-overview-wrap');
  if (!wrap) return () => {};
  const windowBox = el('div', undefined, { class: 'ov-window', 'aria-hidden': 'true' });
  const left = el('span', undefined, { class: 'ov-handle ov-handle-left', 'data-grip': 'left' });
  const right = el('span', undefined, { class: 'ov-handle ov-handle-right', 'data-grip': 'right' });
  windowBox.append(left, right);
  wrap.append(windowBox);
  const [d0, d1] = ctrl.chart.domainMs;

  const draw = () => {
    const [a, b] = ctrl.viewMs();
    windowBox.style.left = `${(((a - d0) / (d1 - d0)) * 100).toFixed(3)}%`;
    windowBox.style.width = `${(((b - a) / (d1 - d0)) * 100).toFixed(3)}%`;
  };
  const toMs = (clientX: number) => {
    const box = wrap.getBoundingClientRect();
    return d0 + ((clientX - box.left) / Math.max(1, box.width)) * (d1 - d0);
  };
  let drag: { grip: OverviewGrip; at: number; view: Span } | null = null;
  const cleanups: (() => void)[] = [
    ctrl.on((c) => {
      if (c.kind === 'render') draw();
    }),
    listen(wrap, 'pointerdown', (e: PointerEvent) => {
      if (e.button !== 0) return;
      e.preventDefault();
      const t = toMs(e.clientX);
      const view = ctrl.viewMs();
      const named = (e.target as Element).closest?.('[data-grip]')?.getAttribute('data-grip') as OverviewGrip | null;
      const box = wrap.getBoundingClientRect();
      const grip = named ?? overviewGrip(view, t, (6 / Math.max(1, box.width)) * (d1 - d0));
      wrap.setPointerCapture(e.pointerId);
      if (grip === 'outside') {
        ctrl.setView(overviewAction(ctrl.chart.domainMs, 'outside', view, t, t), { commit: 'gesture' });
        drag = { grip: 'move', at: t, view: ctrl.viewMs() };
      } else drag = { grip, at: t, view };
      wrap.classList.add('is-dragging');
    }),
    listen(wrap, 'pointermove', (e: PointerEvent) => {
      if (!drag) return;
      ctrl.setView(overviewAction(ctrl.chart.domainMs, drag.grip, drag.view, drag.at, toMs(e.clientX)), { commit: 'gesture' });
    }),
  ];
  const stop = () => {
    drag = null;
    wrap.classList.remove('is-dragging');
  };
  cleanups.push(listen(wrap, 'pointerup', stop), listen(wrap, 'pointercancel', stop), () => windowBox.remove());
  draw();
  return () => cleanupAll(cleanups);
}
