import { describe, expect, it } from 'vitest';
import { foldName, matchesName, namesFirst } from '../../src/components/search/names';

describe('names-first search', () => {
  it('folds case, accents, apostrophes and hyphens', () => {
    expect(foldName("Al-Qa'im")).toBe('al qaim');
    expect(foldName('  Raqqa ')).toBe('raqqa');
  });

  it('matches a spelling variant as a whole name or a whole-word part of one', () => {
    const jawlani = [
      'Abu Muhammad al-Jawlani',
      'Abu Muhammad al-Jawlani; Abu Mohammad al-Julani; Julani; Jolani; Golani; أبو محمد الجولاني',
    ];
    for (const t of ['Julani', 'Jawlani', 'Jolani', 'golani', 'al-Julani', 'أبو محمد الجولاني'])
      expect(matchesName(t, jawlani), t).toBe(true);
    expect(matchesName('Jaw', jawlani)).toBe(false);
    expect(matchesName('Abu', jawlani)).toBe(true);
    const qaim = ['Al-Qaim', 'Abu Qaim; Al-Qaim; al-Qaim'];
    expect(matchesName('Abu Qaim', qaim)).toBe(true);
    expect(matchesName('al Qaim', qaim)).toBe(true);
    expect(matchesName('Qaim', qaim)).toBe(true);
    expect(matchesName('Mosul', qaim)).toBe(false);
  });

  it('puts the matching page first and keeps the rest in order', () => {
    const hits = [{ url: '/events/a/' }, { url: '/places/x/' }, { url: '/events/b/' }];
    expect(namesFirst(hits, { url: '/places/x/' }).map((h) => h.url)).toEqual([
      '/places/x/',
      '/events/a/',
      '/events/b/',
    ]);
    expect(namesFirst(hits, undefined)).toEqual(hits);
  });
});
