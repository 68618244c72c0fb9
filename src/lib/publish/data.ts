/**
 * The published data files (/data/*.json, /data/events.csv): pure functions of the derived
 * chronology, serialised deterministically so two builds give byte-identical files.
 */
import type { Chronology, ChronologyEvent, Citation, ChronologySource } from '../chronology/types';
import { absoluteUrl, routes } from '../routes';
import {
  COORDINATE_PROVENANCE,
  EVENT_TYPES,
  LEVELS,
  ORIGIN_KINDS,
  SEARCH_ALIASES_LABEL,
  STATUSES,
  SUPPORT,
} from '../chronology/vocabulary';

/** Version of the published data shape; bump on breaking changes (2.0.0: support and provenance replace the event status). */
export const DATA_VERSION = '2.0.0';


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
    levels: e.levels,
    support: e.support,
    articles: e.articles,
    independentOrigins: e.origins.length,
    origins: e.origins,
    inferred: e.date.inferred === true,
    places: e.places,
    people: e.people,
    names: e.names,
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
      support: SUPPORT,
      origins: ORIGIN_KINDS,
      levels: LEVELS,
    },
    events: events.map(publishEvent),
  });
}

/** `/data/groups.json`: every group, its names the articles use (`aliases`) apart from other spellings kept for search (`searchAliases`). */
export function groupsJson(c: Chronology): string {
  return json({
    version: DATA_VERSION,
    fields: {
      aliases: 'other names and acronyms the five articles use for the group',
      searchAliases: `${SEARCH_ALIASES_LABEL} (common transliterations, acronyms, translations, Arabic script), kept for search`,
      parent: 'the group it belongs to for the whole period covered, where the articles state it; dated and attributed links are in parentNote',
    },
    groups: c.groups.map((g) => ({ page: routes.group(g.id), ...g, searchAliases: g.searchAliases ?? [] })),
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
  'actors',
  'actor_names',
  'from',
  'to',
  'levels',
  'support',
  'articles',
  'independent_origins',
  'origins',
  'inferred',
  'places',
  'people',
  'sources',
  'source_dates',
  'quotes',
  'conflicts',
  'summary',
  'page',
] as const;

/** A conflict as one line: "direction: A → B (s1) vs B → A (s2)" (names as they were at the event's date). */
export function conflictText(c: ChronologyEvent['conflicts'][number]): string {
  return `${c.field}: ${c.positions.map((p) => `${p.value} (${p.sources.join(', ')})`).join(' vs ')}`;
}

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
    e.actors.join('; '),
    e.actors.map((id) => e.names[id]?.name ?? id).join('; '),
    e.from.join('; '),
    e.to.join('; '),
    e.levels.join('; '),
    e.support,
    String(e.articles),
    String(e.origins.length),
    e.origins.map((o) => `${o.label} (${o.sources.join(', ')})`).join('; '),
    e.date.inferred ? 'true' : 'false',
    e.places.join('; '),
    e.people.join('; '),
    [...new Set(e.sources.map((s) => s.source))].join('; '),
    e.sources.map((s) => `${s.source}: ${s.dateText}`).join('; '),
    e.sources.map((s) => `${s.source}: “${s.quote}”`).join(' | '),
    e.conflicts.map(conflictText).join('; '),
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

/** Column names of claims.csv, in order: one row per claim. */
export const CLAIM_COLUMNS = [
  'source',
  'claim',
  'anchor',
  'event',
  'type',
  'status',
  'origin_kind',
  'origin',
  'chain',
  'partisan',
  'self_statement',
  'counts_for_support',
  'date_text',
  'date_start',
  'date_end',
  'date_precision',
  'date_label',
  'open_start',
  'open_end',
  'inferred',
  'report_date',
  'basis',
  'actors',
  'place',
  'people',
  'account',
  'quote',
  'page',
] as const;

/** One published claim: a citation with its event, type and source page. */
export function publishClaim(e: ChronologyEvent, c: Citation) {
  return {
    source: c.source,
    claim: c.claim,
    anchor: c.anchor,
    page: `${routes.source(c.source)}#${c.anchor}`,
    event: e.id,
    type: e.type,
    status: c.status,
    origin: c.provenance.origin,
    chain: c.provenance.chain,
    partisan: c.provenance.partisan,
    selfStatement: c.provenance.selfStatement,
    countsForSupport: c.provenance.counts,
    dateText: c.dateText,
    date: c.date,
    ...(c.reportDate ? { reportDate: c.reportDate } : {}),
    ...(c.dateBasis ? { basis: c.dateBasis } : {}),
    parties: c.parties,
    ...(c.place ? { place: c.place } : {}),
    people: c.people,
    ...(c.account ? { account: c.account } : {}),
    quote: c.quote,
    ...(c.note ? { note: c.note } : {}),
  };
}

/** Every claim, in source order then claim order. */
export function allClaims(c: Pick<Chronology, 'events' | 'sources'>): ReturnType<typeof publishClaim>[] {
  const byEvent = new Map(c.events.map((e) => [e.id, e]));
  const out: ReturnType<typeof publishClaim>[] = [];
  const order = new Map(c.sources.map((s: ChronologySource, i) => [s.id, i]));
  const all = c.events.flatMap((e) => e.sources.map((s) => ({ e, s })));
  all.sort((a, b) => order.get(a.s.source)! - order.get(b.s.source)! || a.s.claim - b.s.claim);
  for (const { e, s } of all) out.push(publishClaim(byEvent.get(e.id)!, s));
  return out;
}

/** `/data/claims.json`: one entry per claim. */
export function claimsJson(c: Pick<Chronology, 'events' | 'sources'>): string {
  return json({
    $schema: routes.dataFile('claims.schema.json'),
    version: DATA_VERSION,
    description:
      'One entry per claim: how each article presents an event, who originally said it and through which chain, its date as given and as resolved, and its actors with their level.',
    claims: allClaims(c),
  });
}

/** One claims.csv row. */
export function claimCsvRow(p: ReturnType<typeof publishClaim>): string[] {
  const name = p.origin.name ?? (p.origin.kind === 'author' ? 'the article itself' : 'unnamed reports');
  return [
    p.source,
    String(p.claim),
    p.anchor,
    p.event,
    p.type,
    p.status,
    p.origin.kind,
    name,
    p.chain.join(' → '),
    String(p.partisan),
    String(p.selfStatement),
    String(p.countsForSupport),
    p.dateText,
    p.date.openStart ? '' : p.date.start,
    p.date.end,
    p.date.precision,
    p.date.label,
    String(p.date.openStart === true),
    String(p.date.open === true),
    String(p.date.inferred === true),
    p.reportDate?.label ?? '',
    p.basis ?? '',
    p.parties
      .map((x) => `${x.role}: ${x.group} (${x.level}${x.person ? `, ${x.person}` : ''}${x.label ? `, “${x.label}”` : ''})`)
      .join('; '),
    p.place ?? '',
    p.people.join('; '),
    p.account ?? '',
    p.quote,
    p.page,
  ];
}

/** `/data/claims.csv`: RFC 4180 (CRLF line ends), UTF-8, header row then one row per claim. */
export function claimsCsv(c: Pick<Chronology, 'events' | 'sources'>): string {
  const rows = [[...CLAIM_COLUMNS], ...allClaims(c).map(claimCsvRow)];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** `/data/people.json`. */
export function peopleJson(c: Pick<Chronology, 'people'>): string {
  return json({ version: DATA_VERSION, people: c.people.map((p) => ({ page: routes.person(p.id), ...p })) });
}

/** `/data/places.json`: each place's coordinates carry their provenance and its note ("general reference, not from the five articles"). */
export function placesJson(c: Pick<Chronology, 'places'>): string {
  return json({
    version: DATA_VERSION,
    fields: { coordinates: 'WGS 84 decimal degrees, only where certain; the five articles give none, so each pair says where it comes from' },
    places: c.places.map((p) => ({
      page: routes.place(p.id),
      ...p,
      ...(p.coordinates ? { coordinates: { ...p.coordinates, note: COORDINATE_PROVENANCE[p.coordinates.provenance] } } : {}),
    })),
  });
}

/** `/data/corrections.json`: the corrections log, newest first, each entry with its event page. */
export function correctionsJson(entries: readonly { id: string; date: string; event: string; change: string }[]): string {
  return json({
    version: DATA_VERSION,
    description: 'Every change to an event’s facts after first publication, dated, in one line.',
    corrections: entries.map((c) => ({ ...c, page: routes.correction(c.id), eventPage: routes.event(c.event) })),
  });
}
