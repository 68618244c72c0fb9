/**
 * Provenance and support: who originally said each claim, through which chain, and how well an
 * event is supported across its sources. Pure; the rules are stated on the method page.
 *
 * Rules (issue 8 §1–2):
 * - A claim *counts* toward support when the article presents it as stated or reported, its
 *   origin is not partisan (a jihadist account, a group's media arm) and it is not a party to the
 *   event speaking about it (a self-statement).
 * - Counting claims with one origin are one origin, however many articles relay them: claims
 *   share an origin when their origin keys match, or when both are the articles' own voice
 *   (author or wire) and their chains share a news agency (two outlets running one wire).
 * - Support is derived, never the firmest status: any denial or dispute beside another account
 *   makes it contested; only denials make it denied; otherwise two or more independent origins
 *   corroborate, one is a single origin, partisan or self-statements alone are a party's claim,
 *   and hedged accounts alone are hedged.
 */
import type { Citation, EventOrigin, Origin, Provenance, SourceData } from './types';
import { PARTISAN_ORIGINS, type Status, type Support } from './vocabulary';

/** Presentations that affirm a claim (the article states it or attributes it without doubting it). */
const AFFIRMING: ReadonlySet<Status> = new Set(['stated', 'reported']);
/** Presentations that contradict or contest it. */
const CONTRADICTING: ReadonlySet<Status> = new Set(['disputed', 'denied']);

/** Lower-case slug of free text, for default origin keys ("Syrian Observatory" → "syrian-observatory"). */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The identity key of an origin: its explicit `key`; else, for unnamed reports and the author,
 * one per article (`unnamed:<source>`, `author:<source>`); else kind and name (`monitor:syrian-observatory…`).
 */
export function originKey(origin: Origin, source: string): string {
  if (origin.key) return origin.key;
  if (origin.kind === 'unnamed' || origin.kind === 'author' || !origin.name) return `${origin.kind}:${source}`;
  return `${origin.kind}:${slug(origin.name)}`;
}

/** Inputs to a claim's provenance. */
export interface ProvenanceInput {
  origin: Origin;
  via?: string[];
  partisan?: boolean;
  status: Status;
}

/**
 * A claim's provenance: its keyed origin, the chain origin → via → outlet, the partisan flag
 * (from the origin kind unless set), whether it is a self-statement, and whether it counts.
 */
export function provenanceOf(
  claim: ProvenanceInput,
  source: { id: string; data: Pick<SourceData, 'outlet'> },
): Provenance {
  const origin = { ...claim.origin, key: originKey(claim.origin, source.id) };
  const partisan = claim.partisan ?? PARTISAN_ORIGINS.has(origin.kind);
  const selfStatement = origin.kind === 'party';
  const head = origin.name ?? (origin.kind === 'author' ? source.data.outlet : 'unnamed reports');
  const chain = origin.kind === 'author' ? [head] : [head, ...(claim.via ?? []), source.data.outlet];
  return {
    origin,
    chain: chain.filter((c, i) => c !== chain[i - 1]),
    partisan,
    selfStatement,
    counts: AFFIRMING.has(claim.status) && !partisan && !selfStatement,
  };
}

/** "Syrian Observatory for Human Rights, via AFP" (the origin and its intermediaries, without the outlet). */
export function attributionOf(p: Provenance, via: readonly string[] = []): string {
  if (p.origin.kind === 'author') return 'the article itself';
  const who = p.origin.name ?? 'unnamed reports';
  return via.length > 0 ? `${who}, via ${via.join(' → ')}` : who;
}

const OWN_VOICE = new Set(['author', 'wire']);

/** The news agencies in a chain; "Reuters/AFP/dpa/AP" is one step credited to several wires. */
function agencies(via: readonly string[] | undefined): Set<string> {
  return new Set((via ?? []).flatMap((v) => v.split('/')).map((v) => v.trim().toLowerCase()));
}

/**
 * The independent origins behind counting citations: one per group of citations sharing an
 * origin key, or sharing a news agency in their chains when both are own-voice (union–find).
 * `via` gives each citation's intermediaries (same order as `citations`).
 */
export function independentOrigins(
  citations: readonly Pick<Citation, 'source' | 'provenance'>[],
  via: readonly (readonly string[] | undefined)[] = [],
): EventOrigin[] {
  const counting = citations.map((c, i) => ({ c, via: via[i] })).filter((x) => x.c.provenance.counts);
  const parent = counting.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < counting.length; i++) {
    for (let j = i + 1; j < counting.length; j++) {
      const a = counting[i]!;
      const b = counting[j]!;
      if (a.c.provenance.origin.key === b.c.provenance.origin.key) join(i, j);
      else if (OWN_VOICE.has(a.c.provenance.origin.kind) && OWN_VOICE.has(b.c.provenance.origin.kind)) {
        const shared = [...agencies(a.via)].some((x) => agencies(b.via).has(x));
        if (shared) join(i, j);
      }
    }
  }
  const groups = new Map<number, { c: Pick<Citation, 'source' | 'provenance'>; via?: readonly string[] }[]>();
  counting.forEach((x, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), x]);
  });
  return [...groups.values()].map((members) => {
    const first = members[0]!;
    // The shortest chain (fewest steps, then fewest alternatives) is the most specific one an article gives.
    const shortest = members
      .map((m) => m.via ?? [])
      .filter((v) => v.length > 0)
      .sort((a, b) => a.length - b.length || a.join().length - b.join().length)[0];
    const o = first.c.provenance.origin;
    // An author speaks for their article: name them ("Newsweek", "Mary Habeck"), else the source.
    const who = o.name ?? (o.kind === 'author' ? first.c.source : `unnamed reports (${first.c.source})`);
    return {
      key: o.key,
      label: shortest ? `${who} via ${shortest.join(' → ')}` : who,
      kind: o.kind,
      sources: [...new Set(members.map((m) => m.c.source))],
    };
  });
}

/**
 * An event's support from its citations' presentations and provenance (rules at the top of
 * this module): contested, denied, corroborated, single-origin, party-claim or hedged.
 */
export function deriveSupport(citations: readonly Pick<Citation, 'status' | 'provenance'>[], origins: number): Support {
  if (citations.length === 0) throw new Error('deriveSupport needs at least one citation');
  const statuses = citations.map((c) => c.status);
  if (statuses.every((s) => s === 'denied')) return 'denied';
  if (statuses.some((s) => CONTRADICTING.has(s))) return 'contested';
  if (origins >= 2) return 'corroborated';
  if (origins === 1) return 'single-origin';
  if (citations.some((c) => AFFIRMING.has(c.status))) return 'party-claim';
  return 'hedged';
}

/** "3 articles, 1 independent origin: the Syrian Observatory for Human Rights via AFP". */
export function provenanceSummary(articles: number, origins: readonly EventOrigin[]): string {
  const a = `${articles} article${articles === 1 ? '' : 's'}`;
  if (origins.length === 0) return `${a}, no independent origin`;
  const o = `${origins.length} independent origin${origins.length === 1 ? '' : 's'}`;
  return `${a}, ${o}: ${origins.map((x) => x.label).join('; ')}`;
}
