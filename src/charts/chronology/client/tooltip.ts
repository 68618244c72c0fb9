/**
 * The tooltip: an event's title, kind and date beside the mark under a mouse or pen, or under the
 * keyboard cursor while the chart has focus. Hidden while the view moves. Text only.
 */
import { SUPPORT_WORDS } from '../layout/encoding';
import type { ChartController } from './controller';
import { cleanupAll, el, eventIdAt, listen } from './dom';

/** Wires the tooltip; returns the cleanup. */
export function attachTooltip(ctrl: ChartController): () => void {
  const tip = ctrl.host.querySelector<HTMLElement>('.chrono-tooltip');
  const figure = ctrl.host.querySelector<HTMLElement>('.chrono-figure');
  if (!tip || !figure) return () => {};
  const fill = (id: string): boolean => {
    const ev = ctrl.byId.get(id);
    if (!ev) return false;
    const lines = [el('strong', ev.title), el('span', `${ev.typeLabel} · ${ev.dateLabel}`)];
    // Events without an independent origin (drawn hollow or dashed) say so in words too.
    if (ev.status !== 'corroborated' && ev.status !== 'single-origin')
      lines.push(el('div', `Support: ${SUPPORT_WORDS[ev.status] ?? ev.status}`));
    if (ev.conflicts.length > 0) lines.push(el('div', '≠ Sources disagree'));
    tip.replaceChildren(...lines);
    tip.hidden = false;
    return true;
  };
  const place = (clientX: number, clientY: number) => {
    const box = ctrl.host.getBoundingClientRect();
    const x = Math.min(clientX - box.left + 12, box.width - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${clientY - box.top + 16}px`;
  };
  const hide = () => (tip.hidden = true);
  const showFor = (id: string) => {
    const node = ctrl.svg()?.querySelector(`[data-id="${CSS.escape(id)}"] .sym`);
    if (!node || !fill(id)) return;
    const r = node.getBoundingClientRect();
    place(r.left + r.width / 2, r.bottom);
  };
  const cleanups = [
    listen(figure, 'pointermove', (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      const id = eventIdAt(e.target);
      if (id && fill(id)) place(e.clientX, e.clientY);
      else hide();
    }),
    listen(figure, 'pointerleave', hide),
    listen(figure, 'focusin', (e: FocusEvent) => {
      if (ctrl.active && e.target === ctrl.svg()) showFor(ctrl.active);
    }),
    listen(figure, 'focusout', hide),
    ctrl.on((c) => {
      if (c.kind === 'active' && c.id && ctrl.svg()?.matches(':focus')) requestAnimationFrame(() => showFor(c.id!));
      else if (c.kind === 'state' && c.commit === 'gesture') hide();
    }),
  ];
  return () => cleanupAll(cleanups);
}
