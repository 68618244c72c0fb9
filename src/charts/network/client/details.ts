/**
 * The details panel, as element trees: a period (who, kind, status and support, how it stands on
 * the day, its dates, disagreements, and the events and quotations behind it, linked) or a group
 * (its name that day and its ties, each opening its own details).
 */
import { labelOf } from '../../../lib/chronology/dates';
import { otherNamesSentence } from '../../../lib/chronology/names';
import { RELATION_KINDS } from '../../../lib/relations/kinds';
import { routes } from '../../../lib/routes';
import { h, type VNode } from '../shared';
import type { NetworkData } from '../model';
import type { NetworkPlan } from '../plan';

const ROLE: Record<string, string> = { opens: 'Opened by', confirms: 'Confirmed by', closes: 'Closed by' };

const close = () =>
  h('button', { type: 'button', class: 'net-close', 'data-action': 'close', 'aria-label': 'Close details' }, '×');

/** Details of one edge of the plan. */
export function periodDetails(data: NetworkData, plan: NetworkPlan, id: string, heading: number): VNode | null {
  const edge = plan.edges.find((e) => e.id === id);
  const row = plan.rows.find((r) => r.id === id);
  if (!edge || !row) return null;
  const p = edge.period;
  const H = `h${heading}`;
  const H2 = `h${heading + 1}`;
  return h(
    'div',
    {},
    close(),
    h(H, {}, row.between),
    h(
      'p',
      {},
      h('strong', {}, RELATION_KINDS[p.kind].label),
      `, ${p.status} (support: ${p.support}). On ${plan.dayLabel}: ${row.state}.`,
    ),
    h('p', {}, `Period: ${p.label}.`, row.via ? ` Rolled up ${row.via}.` : ''),
    p.conflicts.length > 0 &&
      h(
        'ul',
        { class: 'net-conflicts' },
        p.conflicts.map((c) => h('li', {}, `Sources disagree. ${c}`)),
      ),
    h(H2, {}, 'Events and sources'),
    h(
      'ul',
      {},
      p.events.map((e) => {
        const ev = data.events[e.id];
        if (!ev) return h('li', {}, e.id);
        return h(
          'li',
          {},
          `${ROLE[e.role] ?? e.role}: `,
          h('a', { href: routes.event(e.id) }, ev.title),
          ` (${ev.date}; ${ev.status})`,
          ev.claims.map((c) =>
            h(
              'blockquote',
              {},
              h('p', {}, `“${c.quote}”`),
              h(
                'p',
                { class: 'meta' },
                '— ',
                h('a', { href: `${routes.source(c.source)}#${c.anchor}` }, data.sources[c.source] ?? c.source),
                ` (${c.status})`,
              ),
            ),
          ),
        );
      }),
    ),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: routes.pair(p.a, p.b) }, 'Every period between these two groups'),
      ' · ',
      h(
        'a',
        { href: `${routes.chronology()}?from=${plan.day.slice(0, 7)}&to=${plan.day.slice(0, 7)}&groups=${p.a},${p.b}` },
        'Open the chronology around this date',
      ),
    ),
  );
}

/** Details of one group: its name on the day and its ties, each a button opening that tie. */
export function groupDetails(data: NetworkData, plan: NetworkPlan, id: string, heading: number): VNode | null {
  const node = plan.nodes.find((n) => n.id === id);
  const group = data.groups.find((g) => g.id === id);
  if (!node || !group) return null;
  const ties = plan.rows.filter((r) => r.a === id || r.b === id);
  return h(
    'div',
    {},
    close(),
    h(`h${heading}`, {}, node.name, group.level === 'local' ? ' (local unit)' : ''),
    otherNamesSentence(group, node.name) && h('p', { class: 'muted' }, otherNamesSentence(group, node.name)),
    h(
      'p',
      {},
      `${ties.length === 0 ? 'No relationship' : ties.length === 1 ? 'One relationship' : `${ties.length} relationships`} on ${labelOf(plan.day)}.`,
    ),
    ties.length > 0 &&
      h(
        'ul',
        {},
        ties.map((r) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'net-open', 'data-open': r.id },
              `${r.between}: ${r.kind.toLowerCase()}, ${r.status}`,
            ),
            ` (${r.state})`,
          ),
        ),
      ),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: routes.group(id) }, `About ${group.name}: names, relationships by period, events`),
    ),
  );
}
