/** The other names of groups, for search indexing and the no-JavaScript index (pure). */
import { indexOf } from '../../lib/chronology/lookup';
import type { Chronology, ChronologyGroup } from '../../lib/chronology/types';

/**
 * Every name of one group besides its main name: short name, names over time, aliases, then the
 * spellings none of the articles uses (deduplicated, case-insensitively).
 */
export function otherNames(group: ChronologyGroup): string[] {
  const seen = new Set([group.name.toLowerCase()]);
  const out: string[] = [];
  const search = (group.searchAliases ?? []).map((a) => a.name);
  for (const name of [group.shortName, ...group.names.map((n) => n.name), ...group.aliases, ...search]) {
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/** Every other name of the given groups, deduplicated across them, in a stable order. */
export function aliasesOf(chronology: Chronology, ids: readonly string[]): string[] {
  const index = indexOf(chronology);
  const groups = ids.flatMap((id) => index.group(id) ?? []);
  const main = new Set(groups.map((g) => g.name.toLowerCase()));
  return [...new Set(groups.flatMap(otherNames))].filter((n) => !main.has(n.toLowerCase()));
}

/**
 * One sentence per group naming its other names ("Islamic State, also called ISIS, ISIL, …."),
 * so a search excerpt that matched an alias says which group it belongs to.
 */
export function aliasSentences(chronology: Chronology, ids: readonly string[]): string[] {
  const index = indexOf(chronology);
  return [...new Set(ids)].flatMap((id) => {
    const group = index.group(id);
    const names = group ? otherNames(group) : [];
    return group && names.length > 0 ? [`${group.name}, also called ${names.join(', ')}.`] : [];
  });
}

/**
 * One sentence per person or place naming its other spellings ("Abu Muhammad al-Jawlani, also
 * spelled Abu Mohammad al-Julani, Julani, Jolani, Golani."), so a search for any spelling finds the
 * events that name them (unknown ids are skipped).
 */
export function spellingSentences(
  chronology: Pick<Chronology, 'people' | 'places'>,
  ids: { people?: readonly string[]; places?: readonly string[] },
): string[] {
  const records = [
    ...[...new Set(ids.people ?? [])].flatMap((id) => chronology.people.find((p) => p.id === id) ?? []),
    ...[...new Set(ids.places ?? [])].flatMap((id) => chronology.places.find((p) => p.id === id) ?? []),
  ];
  return records.flatMap((r) => {
    const seen = new Set([r.name.toLowerCase()]);
    const others = r.names.map((n) => n.name).filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
    return others.length > 0 ? [`${r.name}, also spelled ${others.join(', ')}.`] : [];
  });
}
