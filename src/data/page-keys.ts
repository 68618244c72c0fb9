/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
 * are unchanged since the last build is copied from Astro's cache instead of rendered again. A
 * key is a SHA-256 of everything the page shows, so it must cover every input: the project's code
 * (codeFingerprint: all of src/ and the lockfile, on top of Astro's own hash of the page's module
 * graph), the page's own record and every record it draws from. When in doubt an input is taken
 * whole (all groups, people and places; the network's data for a snapshot, but for its quotations), so that a change
 * re-renders more pages, never fewer. tests/build/incremental.test.ts edits the content and
 * compares an incremental rebuild with a full build, file by file.
 */
import { chartDataOf } from '../charts/chronology/data';
import { cacheKey, codeFingerprint } from '../lib/build-cache';
import { endOf, startOf } from '../lib/chronology/dates';
import { clipEvents, periodAround } from '../lib/chronology/period';
import type { ChronologyEvent } from '../lib/chronology/types';
import { getChronology } from './chronology';
import { getCorrections } from './corrections';
import { getNetwork } from './network';

/** Whether pages get keys: production builds with the build cache on and the code fingerprinted. */
function enabled(): boolean {
  return import.meta.env?.PROD === true && process.env.CHRONOLOGY_CACHE !== 'off' && codeFingerprint() !== null;
}

interface Digests {
  /** Digest of the code, all groups, people and places: an input of every keyed page. */
  shared: string;
  event: Map<string, string>;
  source: Map<string, string>;
}

let digests: Promise<Digests> | undefined;

/** One digest per record, so a page key hashes digests, not records (computed once per build). */
function getDigests(): Promise<Digests> {
  digests ??= getChronology().then((chronology) => ({
    shared: cacheKey(codeFingerprint(), chronology.groups, chronology.people, chronology.places),
    event: new Map(chronology.events.map((e) => [e.id, cacheKey(e)])),
    source: new Map(chronology.sources.map((s) => [s.id, cacheKey(s)])),
  }));
  return digests;
}

/** The keys of an event's pages, by event id. */
export interface EventPageKeys {
  /** Its page (/events/<id>/). */
  page: Map<string, string>;
  /** Its embed (/embed/events/<id>/), which carries its context events' details inline. */
  embed: Map<string, string>;
}

let eventKeys: Promise<EventPageKeys> | undefined;

/**
 * The keys of each event's page and embed (empty maps outside production builds). Both cover the
 * event and its sources in full, the events of its context chart (the same window and clipping
 * rule as the chart), all groups, people and places. The page's context chart loads its events'
 * details from the data file, so for those events it covers what the chart draws (their chart
 * data, their sources' titles), and it adds its pager's neighbours, its corrections and, with a
 * snapshot, the network's data; the embed carries its events' details, so it covers them in full.
 */
export function getEventPageKeys(): Promise<EventPageKeys> {
  eventKeys ??= (async () => {
    const keys: EventPageKeys = { page: new Map(), embed: new Map() };
    if (!enabled()) return keys;
    const chronology = await getChronology();
    const corrections = await getCorrections();
    // The snapshot draws the network's groups, periods and links and its events' titles, never
    // their quotations (planNetwork and renderNetwork do not read `claims`): a corrected quote
    // must not re-render every page with a snapshot.
    const data = await getNetwork();
    const network = cacheKey({
      ...data,
      events: Object.fromEntries(Object.entries(data.events).map(([id, { claims: _quotes, ...drawn }]) => [id, drawn])),
    });
    const digest = await getDigests();
    const drawn = new Map(chartDataOf(chronology).events.map((e) => [e.id, cacheKey(e)]));
    const title = new Map(chronology.sources.map((s) => [s.id, s.title]));
    const sourcesOf = (events: readonly ChronologyEvent[]) =>
      [...new Set(events.flatMap((e) => e.sources.map((c) => c.source)))].sort();
    chronology.events.forEach((event, i) => {
      const around = periodAround(event);
      const context = clipEvents(chronology.events, [startOf(around.from), endOf(around.to)], event.id);
      const own = [digest.shared, digest.event.get(event.id), sourcesOf([event]).map((id) => digest.source.get(id))];
      keys.page.set(
        event.id,
        cacheKey(
          own,
          [chronology.events[i - 1], chronology.events[i + 1]].map((e) => e && [e.id, e.title]),
          context.map((e) => drawn.get(e.id)),
          sourcesOf(context).map((id) => [id, title.get(id)]),
          corrections.filter((c) => c.event === event.id),
          event.relationship ? network : null,
        ),
      );
      keys.embed.set(
        event.id,
        cacheKey(
          own,
          context.map((e) => digest.event.get(e.id)),
          sourcesOf(context).map((id) => digest.source.get(id)),
        ),
      );
    });
    return keys;
  })();
  return eventKeys;
}

/**
 * The key of a source's page, or undefined outside production builds: the source's record and
 * text (`body`, its MDX), the events its claims belong to, all groups, people and places.
 */
export async function sourcePageKey(id: string, body: string | undefined): Promise<string | undefined> {
  if (!enabled()) return undefined;
  const digest = await getDigests();
  const source = (await getChronology()).sources.find((s) => s.id === id);
  const events = [...new Set(source?.events ?? [])].sort();
  return cacheKey(digest.shared, digest.source.get(id) ?? null, body ?? null, events.map((e) => digest.event.get(e) ?? e));
}

/** The key of a page drawn from `inputs` alone (a share card's input, an oEmbed file's fields), or undefined outside production builds. */
export function pageKey(...inputs: unknown[]): string | undefined {
  return enabled() ? cacheKey(codeFingerprint(), ...inputs) : undefined;
}
