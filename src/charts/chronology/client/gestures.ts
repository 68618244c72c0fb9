/**
 * Pointer behaviour of the chart: the wheel (zoom, or page scroll when the view cannot change;
 * inside prose only with Ctrl/⌘, saying so the first time), drag to pan, two-finger pinch,
 * double-click to zoom, and a click or tap on a mark to open it. The arithmetic is view.ts's.
 */
import { dragAction, isTap, pinchAction, wheelAction, zoomAt, type Point, type Span } from '../view';
import type { ChartController } from './controller';
import { cleanupAll, eventIdAt, listen } from './dom';

/** Wires pointer gestures to the controller; returns the cleanup. */
export function attachGestures(ctrl: ChartController): () => void {
  const figure = ctrl.host.querySelector<HTMLElement>('.chrono-figure');
  if (!figure) return () => {};
  const cleanups: (() => void)[] = [];
  const onChart = (target: EventTarget | null) => {
    const root = ctrl.current?.root;
    return !!root && target instanceof Node && root.contains(target) && !!(target as Element).closest?.('svg');
  };

  const hint = ctrl.host.querySelector<HTMLElement>('.chrono-hint');
  let hinted = false;
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const showHint = () => {
    if (!hint || hinted) return;
    hinted = true;
    hint.hidden = false;
    hintTimer = setTimeout(() => (hint.hidden = true), 2500);
  };
  cleanups.push(() => clearTimeout(hintTimer));

  cleanups.push(
    listen(
      figure,
      'wheel',
      (e: WheelEvent) => {
        if (!onChart(e.target) || ctrl.state.table) return;
        const result = wheelAction(ctrl.frame(), ctrl.viewMs(), e, ctrl.options.wheel);
        if (result.hint) showHint();
        if (!result.handled) return;
        e.preventDefault();
        if (hint) hint.hidden = true;
        ctrl.setView(result.view, { commit: 'gesture' });
      },
      { passive: false },
    ),
  );

  const pointers = new Map<number, Point>();
  let start: { view: Span; points: Map<number, Point> } | null = null;
  let dragged = false;
  const begin = () => {
    ctrl.remeasure();
    start = { view: ctrl.viewMs(), points: new Map(pointers) };
  };
  cleanups.push(
    listen(figure, 'pointerdown', (e: PointerEvent) => {
      if (e.button !== 0 || ctrl.state.table || !onChart(e.target)) return;
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      if (pointers.size === 1) dragged = false;
      begin();
    }),
    listen(figure, 'pointermove', (e: PointerEvent) => {
      if (!pointers.has(e.pointerId) || !start) return;
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      const frame = ctrl.frame();
      const ids = [...start.points.keys()];
      if (pointers.size >= 2 && ids.length >= 2) {
        const [a, b] = ids as [number, number];
        const now = { a: pointers.get(a), b: pointers.get(b) };
        if (!now.a || !now.b) return;
        dragged = true;
        ctrl.setView(pinchAction(frame, { view: start.view, a: start.points.get(a)!, b: start.points.get(b)! }, { a: now.a, b: now.b }), {
          commit: 'gesture',
        });
        return;
      }
      const from = start.points.get(e.pointerId);
      if (!from) return;
      const here: Point = [e.clientX, e.clientY];
      if (!dragged && isTap(from, here)) return;
      if (!dragged) {
        dragged = true;
        (e.target as Element).setPointerCapture?.(e.pointerId);
      }
      ctrl.setView(dragAction(frame, start.view, from[0], here[0]), { commit: 'gesture' });
    }),
  );
  const end = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return;
    if (pointers.size > 0) begin();
    else start = null;
  };
  cleanups.push(listen(figure, 'pointerup', end), listen(figure, 'pointercancel', end));

  // A drag must not also open the event it started on; a click or tap on a mark opens it.
  cleanups.push(
    listen(
      figure,
      'click',
      (e: MouseEvent) => {
        if (dragged) {
          e.stopImmediatePropagation();
          e.preventDefault();
          dragged = false;
          return;
        }
        if (!onChart(e.target)) return;
        const id = eventIdAt(e.target);
        if (!id) return;
        ctrl.svg()?.focus({ preventScroll: true });
        ctrl.select(id, 'pointer');
      },
      { capture: true },
    ),
    listen(figure, 'dblclick', (e: MouseEvent) => {
      if (!onChart(e.target) || eventIdAt(e.target)) return;
      e.preventDefault();
      ctrl.setView(zoomAt(ctrl.frame(), ctrl.baseView(), e.shiftKey ? 0.5 : 2, e.clientX), { animate: true, commit: 'push' });
    }),
  );
  return () => cleanupAll(cleanups);
}
