import { describe, expect, it } from 'vitest';
import { GroupSchema } from '../../src/schemas/group';
import { groupsJson } from '../../src/lib/publish/data';
import { otherNames } from '../../src/components/search/aliases';
import type { Chronology, ChronologyGroup } from '../../src/lib/chronology/types';

const base = {
  name: 'Alpha Front',
  shortName: 'Alpha',
  kind: 'organisation',
  lineage: 'islamic-state',
  names: [{ name: 'Alpha Front' }],
  description: 'A fictional group.',
};
const messages = (value: unknown) => {
  const r = GroupSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('GroupSchema: names the articles use, apart from spellings kept for search', () => {
  it('defaults both lists to empty and accepts spellings with a language and a note', () => {
    const parsed = GroupSchema.parse({ ...base, searchAliases: [{ name: 'داعش', lang: 'ar', note: 'Arabic acronym' }] });
    expect(parsed.aliases).toEqual([]);
    expect(parsed.searchAliases).toEqual([{ name: 'داعش', lang: 'ar', note: 'Arabic acronym' }]);
    expect(GroupSchema.parse(base).searchAliases).toEqual([]);
  });

  it('refuses sources on a search spelling: by definition none of the articles uses it', () => {
    expect(messages({ ...base, searchAliases: [{ name: 'AF', sources: ['first'] }] })).toEqual([
      expect.stringMatching(/^searchAliases\.0: .*sources/),
    ]);
    expect(messages({ ...base, searchAliases: ['AF'] })[0]).toMatch(/^searchAliases\.0: /);
  });
});

describe('search and groups.json', () => {
  const group = {
    id: 'alpha',
    ...GroupSchema.parse({ ...base, aliases: ['AF'], searchAliases: [{ name: 'Alfa' }] }),
    children: [],
    events: [],
  } as ChronologyGroup;

  it('indexes search spellings after the names the articles use', () => {
    expect(otherNames(group)).toEqual(['Alpha', 'AF', 'Alfa']);
  });

  it('publishes them apart, labelled as not used by the five articles', () => {
    const json = JSON.parse(groupsJson({ groups: [group] } as unknown as Chronology));
    expect(json.fields.searchAliases).toMatch(/^other spellings, not used by the five articles/);
    expect(json.groups[0]).toMatchObject({ id: 'alpha', aliases: ['AF'], searchAliases: [{ name: 'Alfa' }], page: '/groups/alpha/' });
  });
});
