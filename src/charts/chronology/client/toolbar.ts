/**
 * The toolbar: zoom in (on the middle of the events in view), zoom out, whole period, table view,
 * even or focused time scale, the share dialog (its code loaded on first use), and the line that
 * says which period and how many events are shown, and how the time scale is drawn.
 */
import { labelOf } from '../../../lib/chronology/dates';
import { msToDay } from '../layout/time';
import { countInSpan } from '../plan';
import { eventsCentre, zoomOn } from '../view';
import type { ChartController } from './controller';
import { cleanupAll, listen } from './dom';

/** "1 January 2013 – 30 June 2015 · 42 of 51 events": the period and count of the view. */
export function rangeText(ctrl: ChartController): string {
  const [a, b] = ctrl.viewMs();
  // Counted in the plan by binary search once there is one (this runs whenever a view settles).
  const count = ctrl.plan ? countInSpan(ctrl.plan, ...ctrl.viewMs()) : ctrl.eventsInView().length;
  const total = ctrl.chart.data.events.length;
  const events = count === total ? `${total} events` : `${count} of ${total} events`;
  return `${labelOf(msToDay(a))} – ${labelOf(msToDay(b - 1))} · ${events}`;
}

/** Wires the toolbar; returns the cleanup. */
export function attachToolbar(ctrl: ChartController): () => void {
  const bar = ctrl.host.querySelector<HTMLElement>('.chrono-toolbar');
  if (!bar) return () => {};
  const range = ctrl.host.querySelector('.chrono-range');
  const note = ctrl.host.querySelector<HTMLElement>('.chrono-scale-note');
  const noteText = note?.querySelector('.chrono-scale-text');
  const scaleButton = ctrl.host.querySelector<HTMLButtonElement>('[data-action="scale"]');

  const describe = () => {
    if (range) range.textContent = rangeText(ctrl);
    describeScale();
  };
  // The note on the time scale follows every drawn view (it reads the layout); the range, a live
  // region, only settled ones.
  const describeScale = () => {
    if (note && noteText) {
      const text =
        ctrl.layout?.note ?? (ctrl.chart.focus ? (ctrl.state.even ? 'Time scale: even.' : 'Time scale: even in this view.') : null);
      const line = text ? (text.startsWith('Time scale') ? text : `Time scale: ${text}`) : '';
      if (noteText.textContent !== line) noteText.textContent = line;
      note.hidden = !text && !ctrl.chart.focus;
    }
    // A toggle: one label, its state in aria-pressed.
    scaleButton?.setAttribute('aria-pressed', String(ctrl.state.even));
  };

  const cleanups = [
    listen(bar, 'click', (e: MouseEvent) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const action = button.dataset.action;
      const view = ctrl.baseView();
      const frame = ctrl.frame();
      if (action === 'zoom-in')
        ctrl.setView(zoomOn(frame, view, 2, eventsCentre(ctrl.eventsInView(), view)), { animate: true, commit: 'push' });
      else if (action === 'zoom-out')
        ctrl.setView(zoomOn(frame, view, 0.5, (view[0] + view[1]) / 2), { animate: true, commit: 'push' });
      else if (action === 'reset') ctrl.setView(ctrl.chart.domainMs, { animate: true, commit: 'push' });
      else if (action === 'table') ctrl.update({ ...ctrl.state, table: !ctrl.state.table }, 'push');
      else if (action === 'share') void openShare(ctrl, button);
    }),
    scaleButton ? listen(scaleButton, 'click', () => ctrl.update({ ...ctrl.state, even: !ctrl.state.even }, 'push')) : () => {},
    ctrl.on((c) => {
      if (c.kind === 'settle' || (c.kind === 'state' && c.commit !== 'gesture')) describe();
      else if (c.kind === 'render') describeScale();
    }),
  ];
  describe();
  return () => cleanupAll(cleanups);
}

/** Opens the Share / embed / download dialog, loading its code on first use. */
async function openShare(ctrl: ChartController, opener: HTMLButtonElement): Promise<void> {
  const dialog = ctrl.host.querySelector<HTMLDialogElement>('dialog.chrono-share');
  if (!dialog) return;
  const { openShare: open } = await import('./share');
  const d = ctrl.host.dataset;
  open({
    dialog,
    opener,
    chart: ctrl.chart,
    state: ctrl.state,
    universe: ctrl.universe,
    screenWidth: ctrl.svg()?.getBoundingClientRect().width || ctrl.host.getBoundingClientRect().width,
    siteName: d.shareSite ?? '',
    share: {
      kind: d.shareKind === 'event' ? 'event' : 'chronology',
      link: d.shareLink ?? location.pathname,
      embed: d.shareEmbed ?? '',
      title: d.shareTitle ?? ctrl.chart.spec.title,
      withState: ctrl.options.syncUrl,
    },
  });
}
