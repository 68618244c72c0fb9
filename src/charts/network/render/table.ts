/**
 * The table equivalent of the network on a day ("Relationships on 25 June 2014"), as HTML
 * element trees: rendered by the server into the page (readable without JavaScript) and by the
 * browser when the date changes. Links go through routes (base path included).
 */
import { h, type VNode } from '../shared';
import { routes } from '../../../lib/routes';
import type { NetworkPlan, PlannedRow } from '../plan';

const ROLE: Record<string, string> = { opens: 'opened by', confirms: 'confirmed by', closes: 'closed by' };

const rowTrees = new WeakMap<PlannedRow, VNode>();

/** One row: who, kind, status, state that day, the whole period, the events behind it (memoised per planned row). */
export function renderRow(row: PlannedRow): VNode {
  let tree = rowTrees.get(row);
  if (!tree) rowTrees.set(row, (tree = buildRow(row)));
  return tree;
}

function buildRow(row: PlannedRow): VNode {
  return h(
    'tr',
    { 'data-id': row.id },
    h(
      'th',
      { scope: 'row' },
      h('a', { href: routes.pair(row.a, row.b) }, row.between),
      row.via ? h('span', { class: 'muted' }, ` (${row.via})`) : null,
    ),
    h('td', {}, row.kind),
    h('td', {}, row.status, row.conflicts.length > 0 ? h('span', { class: 'muted' }, ' · sources disagree') : null),
    h('td', {}, row.state),
    h('td', {}, row.period),
    h(
      'td',
      {},
      h(
        'ul',
        { class: 'net-events' },
        row.events.map((e) => h('li', {}, `${ROLE[e.role] ?? e.role} `, h('a', { href: routes.event(e.id) }, e.title))),
      ),
    ),
  );
}

/** The table's caption text. */
export function tableCaption(plan: Pick<NetworkPlan, 'dayLabel'>): string {
  return `Relationships on ${plan.dayLabel}`;
}

/** The rows of a plan, or one row saying there are none. */
export function renderRows(plan: NetworkPlan): VNode[] {
  if (plan.rows.length === 0)
    return [h('tr', { 'data-id': 'none' }, h('td', { colspan: 6 }, 'No relationship holds or may hold on this date.'))];
  return plan.rows.map(renderRow);
}

/** The list of reports that open nothing, on the day. */
export function renderLinks(plan: NetworkPlan): VNode[] {
  if (plan.links.length === 0) return [h('li', { 'data-id': 'none' }, 'None on this date.')];
  return plan.links.map((l) =>
    h(
      'li',
      { 'data-id': l.id },
      `${l.text} (${l.date}): `,
      h('a', { href: routes.event(l.event) }, 'the event and its sources'),
    ),
  );
}
