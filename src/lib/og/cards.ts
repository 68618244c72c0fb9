/** Card inputs for each page type, from the derived chronology. */
import { endOf, startOf } from '../chronology/dates';
import { indexOf } from '../chronology/lookup';
import { clipEvents, periodAround } from '../chronology/period';
import type { Chronology, ChronologyEvent, ChronologyGroup } from '../chronology/types';
import { EVENT_TYPES, LINEAGES, SUPPORT_LABELS } from '../chronology/vocabulary';
import { SITE } from '../site';
import { hasRtl } from '../text-direction';

/** Wraps right-to-left text in Unicode isolates (FSI…PDI), the plain-text form of <bdi>, so it keeps its order in a mixed line. */
export function isolate(text: string): string {
  return hasRtl(text) ? `\u2068${text}\u2069` : text;
}
import type { CardInput } from './card';

function domain(c: Chronology): { from: string; to: string } {
  const from = c.events.reduce((m, e) => (e.date.start < m ? e.date.start : m), c.events[0]!.date.start);
  const to = c.events.reduce((m, e) => (e.date.end > m ? e.date.end : m), c.events[0]!.date.end);
  return { from: startOf(from.slice(0, 4)), to: endOf(to.slice(0, 4)) };
}

/** The card of an event page: its type and date, title, groups, and the surrounding period. */
export function eventCard(c: Chronology, event: ChronologyEvent): CardInput {
  const index = indexOf(c);
  const around = periodAround(event, 18);
  // Names as they were at the event's date (nameAt), titles aside.
  const short = (id: string) => isolate(event.names[id]?.short ?? index.group(id)?.shortName ?? id);
  const who =
    event.directed && event.from.length
      ? `${event.from.map(short).join(', ')} → ${event.to.map(short).join(', ')}`
      : event.actors.map(short).join(', ');
  const n = new Set(event.sources.map((s) => s.source)).size;
  return {
    kicker: `${EVENT_TYPES[event.type].label} · ${event.date.label}`,
    title: event.title,
    subtitle: `${who} · ${SUPPORT_LABELS[event.support]} · ${n} source${n === 1 ? '' : 's'}, ${event.origins.length} independent origin${event.origins.length === 1 ? '' : 's'}${event.conflicts.length ? ' · sources differ' : ''}`,
    // The same bounded neighbourhood as the page's context chart: card cost stays flat as the corpus grows.
    events: clipEvents(c.events, [startOf(around.from), endOf(around.to)], event.id),
    highlight: [event.id],
    from: startOf(around.from),
    to: endOf(around.to),
  };
}

/** The card of a group page: its name, lineage, and its events across the whole period. */
export function groupCard(c: Chronology, group: ChronologyGroup): CardInput {
  const ids = new Set([group.id, ...group.children]);
  const events = c.events.filter((e) => e.actors.some((a) => ids.has(a)));
  return {
    kicker: `${LINEAGES[group.lineage]}`,
    title: group.name,
    subtitle: `${events.length} event${events.length === 1 ? '' : 's'} in the chronology${group.aliases.length ? ` · also ${group.aliases.slice(0, 3).join(', ')}` : ''}`,
    events: c.events,
    highlight: events.map((e) => e.id),
    ...domain(c),
  };
}

/** The site's default card. */
export function siteCard(c: Chronology): CardInput {
  return {
    kicker: 'A sourced chronology',
    title: 'How jihadist groups allied, split and made truces',
    subtitle: `${c.events.length} events from ${c.sources.length} sources · ${SITE.name}`,
    events: c.events,
    highlight: [],
    ...domain(c),
  };
}
