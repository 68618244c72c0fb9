/**
 * Cross-file checks the schemas cannot make on one file alone: references between sources,
 * groups and events, agreement on event types, and dates that are impossible given the record.
 */
import { endOf, isOrderedSpan, toInterval } from './dates';
import { CorpusError, type Problem } from './problems';
import { didYouMean } from './suggest';
import type { Corpus, Entry } from './types';

/** Closest known id by edit distance, to suggest in a message ("did you mean …"). */
export { closest } from './suggest';

function suggestion(id: string, known: Iterable<string>): string {
  return didYouMean(id, known);
}

function duplicateIds<T>(entries: Entry<T>[], kind: string): Problem[] {
  const seen = new Map<string, Entry<T>>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const other = seen.get(e.id.toLowerCase());
    if (other !== undefined) {
      problems.push({
        file: e.file,
        field: '',
        message: `duplicate ${kind} id "${e.id}" (also the id of ${other.file}; ids ignore letter case): one of the two records would be lost; merge them or rename one`,
      });
    } else {
      seen.set(e.id.toLowerCase(), e);
    }
  }
  return problems;
}

/**
 * The content folder as the messages name it (relative to the project, e.g. `content`, or the
 * folder CHRONOLOGY_CONTENT names), read from where events.yaml was loaded; `content` by default.
 */
export function contentDir(corpus: Pick<Corpus, 'events'>): string {
  const file = corpus.events[0]?.file ?? '';
  return /(^|\/)events\.yaml$/.test(file) ? file.replace(/\/?events\.yaml$/, '') || '.' : 'content';
}

/** Every cross-file problem in a schema-valid corpus; empty when the corpus is consistent. */
export function validateCorpus(corpus: Corpus): Problem[] {
  const dir = contentDir(corpus);
  const problems: Problem[] = [
    ...duplicateIds(corpus.sources, 'source'),
    ...duplicateIds(corpus.groups, 'group'),
    ...duplicateIds(corpus.events, 'event'),
  ];
  const groupIds = new Set(corpus.groups.map((g) => g.id));
  const eventIds = new Set(corpus.events.map((e) => e.id));
  const personIds = new Set((corpus.people ?? []).map((p) => p.id));
  const placeIds = new Set((corpus.places ?? []).map((p) => p.id));
  const sourceIds = new Set(corpus.sources.map((s) => s.id));
  problems.push(...duplicateIds(corpus.people ?? [], 'person'), ...duplicateIds(corpus.places ?? [], 'place'));
  const unknown = (kind: string, folder: string, id: string, known: Set<string>) =>
    `unknown ${kind} "${id}"${suggestion(id, known)}: add ${dir}/${folder}/${id}.yaml or fix the id`;

  for (const person of corpus.people ?? []) {
    person.data.groups.forEach((id, i) => {
      if (!groupIds.has(id))
        problems.push({ file: person.file, field: `groups[${i}]`, message: unknown('group', 'groups', id, groupIds) });
    });
    person.data.names.forEach((n, i) =>
      (n.sources ?? []).forEach((id, j) => {
        if (!sourceIds.has(id)) {
          problems.push({
            file: person.file,
            field: `names[${i}].sources[${j}]`,
            message: `unknown source "${id}"${suggestion(id, sourceIds)}: use the file name of a page in ${dir}/sources/`,
          });
        }
      }),
    );
  }
  for (const place of corpus.places ?? []) {
    const { within } = place.data;
    if (within !== undefined && !placeIds.has(within)) {
      problems.push({ file: place.file, field: 'within', message: unknown('place', 'places', within, placeIds) });
    } else if (within === place.id) {
      problems.push({ file: place.file, field: 'within', message: 'a place cannot lie within itself' });
    }
    place.data.names.forEach((n, i) =>
      (n.sources ?? []).forEach((id, j) => {
        if (!sourceIds.has(id)) {
          problems.push({
            file: place.file,
            field: `names[${i}].sources[${j}]`,
            message: `unknown source "${id}"${suggestion(id, sourceIds)}: use the file name of a page in ${dir}/sources/`,
          });
        }
      }),
    );
  }

  for (const group of corpus.groups) {
    const { parent, names } = group.data;
    if (parent !== undefined) {
      if (!groupIds.has(parent)) {
        problems.push({
          file: group.file,
          field: 'parent',
          message: `unknown group "${parent}"${suggestion(parent, groupIds)}: add ${dir}/groups/${parent}.yaml or fix the id`,
        });
      } else if (parent === group.id) {
        problems.push({ file: group.file, field: 'parent', message: 'a group cannot be its own parent' });
      }
    }
    names.forEach((n, i) => {
      if (n.from && n.to && !isOrderedSpan(n.from, n.to)) {
        problems.push({
          file: group.file,
          field: `names[${i}].to`,
          message: `the name ends (${n.to}) before it starts (${n.from}): fix or swap the dates`,
        });
      }
    });
  }
  problems.push(...parentCycles(corpus));

  // Which claim first fixed each event's type, to name both sides of a disagreement.
  const typeOf = new Map<string, { type: string; file: string; field: string }>();

  for (const source of corpus.sources) {
    const published = toInterval(source.data.published);
    const { urlKind, repostedBy, unconfirmed } = source.data;
    if (urlKind !== 'original' && !repostedBy) {
      problems.push({
        file: source.file,
        field: 'repostedBy',
        message: `is required when urlKind is "${urlKind}": name the site that carries the copy`,
      });
    }
    for (const field of unconfirmed) {
      if (!(field in source.data)) {
        problems.push({
          file: source.file,
          field: 'unconfirmed',
          message: `names "${field}", which is not a field of this record: list only fields present in the frontmatter`,
        });
      }
    }
    source.data.claims.forEach((claim, i) => {
      const at = `claims[${i}]`;
      if (!eventIds.has(claim.event)) {
        problems.push({
          file: source.file,
          field: `${at}.event`,
          message: `no event "${claim.event}" in ${dir}/events.yaml${suggestion(claim.event, eventIds)}: add it there with a title and summary, or fix the key`,
        });
      } else {
        const first = typeOf.get(claim.event);
        if (!first) {
          typeOf.set(claim.event, { type: claim.type, file: source.file, field: `${at}.type` });
        } else if (first.type !== claim.type) {
          problems.push({
            file: source.file,
            field: `${at}.type`,
            message: `is "${claim.type}" but ${first.file} ${first.field} gives "${first.type}" for event "${claim.event}": claims on one event must agree on its type`,
          });
        }
      }
      for (const role of ['actors', 'from', 'to'] as const) {
        (claim[role] ?? []).forEach((ref, j) => {
          const id = typeof ref === 'string' ? ref : ref.group;
          const field = typeof ref === 'string' ? `${at}.${role}[${j}]` : `${at}.${role}[${j}].group`;
          if (!groupIds.has(id)) {
            problems.push({
              file: source.file,
              field,
              message: `unknown group "${id}"${suggestion(id, groupIds)}: add ${dir}/groups/${id}.yaml or fix the id`,
            });
          }
          if (typeof ref !== 'string' && ref.person !== undefined && !personIds.has(ref.person)) {
            problems.push({
              file: source.file,
              field: `${at}.${role}[${j}].person`,
              message: unknown('person', 'people', ref.person, personIds),
            });
          }
        });
      }
      (claim.people ?? []).forEach((id, j) => {
        if (!personIds.has(id))
          problems.push({
            file: source.file,
            field: `${at}.people[${j}]`,
            message: unknown('person', 'people', id, personIds),
          });
      });
      if (claim.place !== undefined && !placeIds.has(claim.place)) {
        problems.push({
          file: source.file,
          field: `${at}.place`,
          message: unknown('place', 'places', claim.place, placeIds),
        });
      }
      const idOf = (r: string | { group: string }) => (typeof r === 'string' ? r : r.group);
      const both = (claim.from ?? []).map(idOf).filter((id) => (claim.to ?? []).map(idOf).includes(id));
      if (both.length > 0) {
        problems.push({
          file: source.file,
          field: `${at}.to`,
          message: `names "${both[0]}" on both sides: a group cannot act towards itself; use a local unit as "from"`,
        });
      }
      const date = toInterval(claim.date);
      if (claim.date.notAfter && endOf(claim.date.notAfter) > published.end) {
        problems.push({
          file: source.file,
          field: `${at}.date.notAfter`,
          message: `is after the article's own date (${published.label}): an undated claim is bounded at the latest by its article's publication`,
        });
      }
      if (date.start > published.end) {
        problems.push({
          file: source.file,
          field: `${at}.date`,
          message: `starts ${date.start}, after the article was published (${published.label}): a source cannot report a later event; fix the date or the publication record`,
        });
      }
    });
  }

  return problems;
}

/**
 * Warnings that matter but do not stop the build: an event key no claim cites (it is not on
 * the site) and a group no claim names and no other group descends from (a page with no events).
 */
export function corpusWarnings(corpus: Corpus): Problem[] {
  const warnings: Problem[] = [];
  const cited = new Set(corpus.sources.flatMap((s) => s.data.claims.map((c) => c.event)));
  const named = new Set(
    corpus.sources.flatMap((s) =>
      s.data.claims.flatMap((c) =>
        [...(c.actors ?? []), ...(c.from ?? []), ...(c.to ?? [])].map((r) => (typeof r === 'string' ? r : r.group)),
      ),
    ),
  );
  const claims = corpus.sources.flatMap((s) => s.data.claims);
  const namedPeople = new Set([
    ...claims.flatMap((c) => c.people ?? []),
    ...claims.flatMap((c) =>
      [...(c.actors ?? []), ...(c.from ?? []), ...(c.to ?? [])].flatMap((r) =>
        typeof r === 'string' || !r.person ? [] : [r.person],
      ),
    ),
  ]);
  const usedPlaces = new Set([
    ...claims.flatMap((c) => (c.place ? [c.place] : [])),
    ...(corpus.places ?? []).flatMap((p) => (p.data.within ? [p.data.within] : [])),
  ]);
  const parents = new Set(corpus.groups.map((g) => g.data.parent).filter((p) => p !== undefined));
  for (const event of corpus.events) {
    if (!cited.has(event.id)) {
      warnings.push({
        file: event.file,
        field: event.id,
        message:
          "no claim cites this event key, so it is not on the site: cite it from a source's claims, or remove it",
      });
    }
  }
  for (const group of corpus.groups) {
    if (!named.has(group.id) && !parents.has(group.id)) {
      warnings.push({
        file: group.file,
        field: '',
        message: `no claim names group "${group.id}", so its page has no events: name it in a claim, or remove the file`,
      });
    }
  }
  for (const person of corpus.people ?? []) {
    if (!namedPeople.has(person.id)) {
      warnings.push({
        file: person.file,
        field: '',
        message: `no claim names person "${person.id}", so their page lists no events: name them in a claim ("people" or an actor's "person"), or remove the file`,
      });
    }
  }
  for (const place of corpus.places ?? []) {
    if (!usedPlaces.has(place.id)) {
      warnings.push({
        file: place.file,
        field: '',
        message: `no claim is placed at "${place.id}" and no place lies within it, so its page lists no events: use it as a claim's "place", or remove the file`,
      });
    }
  }
  return warnings;
}

function parentCycles(corpus: Corpus): Problem[] {
  const parentOf = new Map(corpus.groups.map((g) => [g.id, g.data.parent]));
  const problems: Problem[] = [];
  for (const group of corpus.groups) {
    const path = [group.id];
    let next = group.data.parent;
    while (next !== undefined && parentOf.has(next) && next !== group.id) {
      if (path.includes(next)) break; // a cycle not through this group; reported from its members
      path.push(next);
      next = parentOf.get(next);
    }
    if (next === group.id && path.length > 1) {
      problems.push({
        file: group.file,
        field: 'parent',
        message: `parents form a cycle (${[...path, group.id].join(' → ')}): a group cannot descend from itself`,
      });
    }
  }
  return problems;
}

/** Throws a `CorpusError` listing every problem when the corpus is inconsistent. */
export function assertValidCorpus(corpus: Corpus): void {
  const problems = validateCorpus(corpus);
  if (problems.length > 0) throw new CorpusError(problems);
}
