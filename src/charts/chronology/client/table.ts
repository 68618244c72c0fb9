/**
 * The table view: the same events as the chart as rows (date, event, kind, groups, support,
 * sources), kept to the view's filters and period. Small charts carry the rows in the page (the
 * view without JavaScript); large ones (data-rows="client") build them here when the table is
 * shown, at most TABLE_LIMIT, pointing to the full list of events beyond that.
 */
import { routes } from '../../../lib/routes';
import { SUPPORT_WORDS } from '../layout/encoding';
import { whoOf } from '../render/svg';
import { inView, matches } from '../state';
import type { ChartController } from './controller';
import { cleanupAll, el } from './dom';

/** Most rows the browser builds for a large chart's table. */
export const TABLE_LIMIT = 500;

/** Wires the table view; returns the cleanup. */
export function attachTable(ctrl: ChartController): () => void {
  const wrap = ctrl.host.querySelector<HTMLElement>('.chrono-table-wrap');
  const body = ctrl.host.querySelector<HTMLElement>('.chrono-body');
  const toggle = ctrl.host.querySelector<HTMLElement>('[data-action="table"]');
  if (!wrap) return () => {};
  const tbody = wrap.querySelector('tbody');
  const count = wrap.querySelector('.chrono-count');
  const clientRows = wrap.dataset.rows === 'client';
  const total = ctrl.chart.data.events.length;
  const sourceTitle = new Map(ctrl.chart.data.sources.map((s) => [s.id, s.title]));

  const build = () => {
    if (!tbody) return 0;
    const shown = ctrl.chart.data.events.filter((e) => matches(e, ctrl.state) && inView(e, ctrl.state.view));
    const rows = shown.slice(0, TABLE_LIMIT).map((e) => {
      const tr = el('tr', undefined, { 'data-id': e.id });
      const date = el('td');
      date.append(el('time', e.dateLabel, { datetime: e.start }));
      const title = el('td');
      title.append(el('a', e.title, { href: routes.event(e.id) }));
      const sources = el('td');
      e.sources.forEach((s, i) => {
        if (i > 0) sources.append(', ');
        sources.append(el('a', sourceTitle.get(s) ?? s, { href: routes.source(s) }));
      });
      tr.append(date, title, el('td', e.typeLabel), el('td', whoOf(e, ctrl.groups, ' → ')), el('td', SUPPORT_WORDS[e.status] ?? e.status), sources);
      return tr;
    });
    tbody.replaceChildren(...rows);
    return shown.length;
  };

  const sync = () => {
    wrap.hidden = !ctrl.state.table && wrap.dataset.always !== 'true';
    if (body) body.hidden = ctrl.state.table;
    // An embed folds its table (Chronology.astro `fold`): the table view shows it unfolded.
    if (ctrl.state.table) wrap.querySelector('details')?.setAttribute('open', '');
    toggle?.setAttribute('aria-pressed', String(ctrl.state.table));
    for (const b of ctrl.host.querySelectorAll<HTMLButtonElement>('[data-action^="zoom"], [data-action="reset"]'))
      b.disabled = ctrl.state.table;
    let shown = 0;
    if (clientRows) {
      if (!ctrl.state.table) return;
      shown = build();
    } else {
      for (const row of wrap.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const ev = ctrl.byId.get(row.dataset.id ?? '');
        // The rows are the events the view shows: its filters and its period (as the downloads).
        row.hidden = !ev || !matches(ev, ctrl.state) || !inView(ev, ctrl.state.view);
        if (!row.hidden) shown++;
        row.classList.toggle('is-selected', ev?.id === ctrl.state.event);
      }
    }
    if (count) {
      const more = clientRows && shown > TABLE_LIMIT ? ` The first ${TABLE_LIMIT} are listed; narrow the period or the filters, or see every event on the events page.` : '';
      count.textContent = `${shown} of ${total} events.${more}`;
    }
  };
  const cleanups = [
    ctrl.on((c) => {
      if ((c.kind === 'state' && c.commit !== 'gesture') || c.kind === 'settle' || c.kind === 'select') sync();
    }),
  ];
  sync();
  return () => cleanupAll(cleanups);
}
