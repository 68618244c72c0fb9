/**
 * The published data files (/data/*.json, /data/events.csv): pure functions of the derived
 * chronology, serialised deterministically so two builds give byte-identical files.
 */
import type { Chronology, ChronologyEvent } from '../chronology/types';
import { absoluteUrl, routes } from '../routes';
import { EVENT_TYPES, STATUSES } from '../chronology/vocabulary';

/** Version of the published data shape; bump on breaking changes. */
export const DATA_VERSION = '1.0.0';


function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One event as published: the derived event plus its page URL. */
export function publishEvent(e: ChronologyEvent) {
  return {
    id: e.id,
    page: routes.event(e.id),
    title: e.title,
    summary: e.summary,
    type: e.type,
    family: e.family,
    relationship: e.relationship,
    directed: e.directed,
    date: e.date,
    actors: e.actors,
    from: e.from,
    to: e.to,
    status: e.status,
    places: e.places,
    sources: e.sources,
    conflicts: e.conflicts,
  };
}

/** `/data/events.json` (or the same file for a subset of its events, as the chart's downloads give). */
export function eventsJson(c: Pick<Chronology, 'events'>, events: readonly ChronologyEvent[] = c.events): string {
  return json({
    $schema: routes.dataFile('events.schema.json'),
    version: DATA_VERSION,
    description:
      'Events derived from the claims of the cited articles. Dates are inclusive ISO day intervals with a precision; statuses and conflicts are explained on /method/.',
    vocabulary: {
      types: Object.fromEntries(Object.entries(EVENT_TYPES).map(([id, t]) => [id, t.label])),
      statuses: STATUSES,
    },
    events: events.map(publishEvent),
  });
}

/** `/data/groups.json`. */
export function groupsJson(c: Chronology): string {
  return json({
    version: DATA_VERSION,
    groups: c.groups.map((g) => ({ page: routes.group(g.id), ...g })),
  });
}

/** `/data/sources.json`: bibliographic records with their claims. */
export function sourcesJson(c: Chronology): string {
  return json({
    version: DATA_VERSION,
    sources: c.sources.map((s) => ({ page: routes.source(s.id), ...s })),
  });
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break. A leading = + - @ or
 * tab is prefixed with an apostrophe so spreadsheets show text instead of running a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Column names of events.csv, in order. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'type',
  'date_start',
  'date_end',
  'date_precision',
  'date_label',
  'status',
  'actors',
  'from',
  'to',
  'places',
  'sources',
  'source_dates',
  'quotes',
  'conflicts',
  'summary',
  'page',
] as const;

/**
 * One CSV row per event: lists joined with "; ", each source's wording and quote attributed; the
 * page column is the event page's absolute URL on `site` (the site's address, base path included).
 */
export function eventCsvRow(e: ChronologyEvent, site: URL | string): string[] {
  return [
    e.id,
    e.title,
    e.type,
    e.date.start,
    e.date.end,
    e.date.precision,
    e.date.label,
    e.status,
    e.actors.join('; '),
    e.from.join('; '),
    e.to.join('; '),
    e.places.join('; '),
    [...new Set(e.sources.map((s) => s.source))].join('; '),
    e.sources.map((s) => `${s.source}: ${s.dateText}`).join('; '),
    e.sources.map((s) => `${s.source}: “${s.quote}”`).join(' | '),
    e.conflicts.map((c) => `${c.field}: ${c.positions.map((p) => `${p.value} (${p.sources.join(', ')})`).join(' vs ')}`).join('; '),
    e.summary,
    absoluteUrl(routes.event(e.id), site),
  ];
}

/**
 * `/data/events.csv`: RFC 4180 (CRLF line ends), UTF-8 without byte-order mark, header row then
 * one row per event; page URLs on `site`.
 */
export function eventsCsv(events: readonly ChronologyEvent[], site: URL | string): string {
  const rows = [[...CSV_COLUMNS], ...events.map((e) => eventCsvRow(e, site))];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The UTF-8 byte-order mark: Excel reads a CSV as UTF-8 only when the file starts with it. */
export const BOM = '\uFEFF';

/**
 * `/data/events-excel.csv`: events.csv for Excel, the same bytes after a byte-order mark, so a
 * double-click shows “ ’ é as written instead of "â€™" (Excel otherwise guesses the Windows code page).
 */
export function eventsCsvForExcel(events: readonly ChronologyEvent[], site: URL | string): string {
  return BOM + eventsCsv(events, site);
}
