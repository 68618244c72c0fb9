import { describe, expect, it } from 'vitest';
import {
  deriveSupport,
  independentOrigins,
  originKey,
  provenanceOf,
  provenanceSummary,
} from '../../src/lib/chronology/support';
import type { Origin } from '../../src/lib/chronology/types';
import type { Status } from '../../src/lib/chronology/vocabulary';

const outlets: Record<string, string> = { dw: 'DW', rappler: 'Rappler', ibt: 'IBTimes', nw: 'Newsweek' };
const claim = (source: string, status: Status, origin: Origin, via?: string[], partisan?: boolean) => ({
  source,
  status,
  via,
  provenance: provenanceOf(
    { status, origin, ...(via ? { via } : {}), ...(partisan !== undefined ? { partisan } : {}) },
    { id: source, data: { outlet: outlets[source] ?? source } },
  ),
});
const observatory: Origin = { kind: 'monitor', name: 'Syrian Observatory for Human Rights' };

function support(claims: ReturnType<typeof claim>[]) {
  const origins = independentOrigins(
    claims,
    claims.map((c) => c.via),
  );
  return { origins, support: deriveSupport(claims, origins.length) };
}

describe('provenance', () => {
  it('keys origins by name across articles, and per article for unnamed reports and the author', () => {
    expect(originKey(observatory, 'dw')).toBe('monitor:syrian-observatory-for-human-rights');
    expect(originKey({ kind: 'unnamed' }, 'habeck')).toBe('unnamed:habeck');
    expect(originKey({ kind: 'author' }, 'nw')).toBe('author:nw');
    expect(originKey({ kind: 'wire', name: 'AFP', key: 'afp' }, 'dw')).toBe('afp');
  });

  it('builds the chain origin → via → outlet and flags partisan and self-statements', () => {
    const c = claim('rappler', 'reported', observatory, ['AFP']);
    expect(c.provenance.chain).toEqual(['Syrian Observatory for Human Rights', 'AFP', 'Rappler']);
    expect(c.provenance).toMatchObject({ partisan: false, selfStatement: false, counts: true });
    const jihadist = claim('rappler', 'reported', { kind: 'partisan-media', name: 'An ISIS jihadist on Twitter' });
    expect(jihadist.provenance).toMatchObject({ partisan: true, counts: false });
    const self = claim('habeck', 'stated', { kind: 'party', name: 'The commander himself' });
    expect(self.provenance).toMatchObject({ partisan: true, selfStatement: true, counts: false });
    const hedged = claim('habeck', 'speculative', { kind: 'author' });
    expect(hedged.provenance.counts).toBe(false);
  });
});

describe('independent origins', () => {
  it('counts two (or three) articles relaying one monitor through one wire as one origin', () => {
    const { origins, support: s } = support([
      claim('dw', 'reported', observatory, ['Reuters/AFP/dpa/AP']),
      claim('rappler', 'reported', observatory, ['AFP']),
      claim('ibt', 'reported', observatory, ['AFP']),
    ]);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({
      label: 'Syrian Observatory for Human Rights via AFP',
      sources: ['dw', 'rappler', 'ibt'],
    });
    expect(s).toBe('single-origin');
    expect(provenanceSummary(3, origins)).toBe(
      '3 articles, 1 independent origin: Syrian Observatory for Human Rights via AFP',
    );
  });

  it("merges own-voice statements of two outlets running a common wire, but not an unrelated author's", () => {
    const { origins, support: s } = support([
      claim('dw', 'stated', { kind: 'wire', name: 'Wire copy' }, ['Reuters/AFP/dpa/AP']),
      claim('rappler', 'stated', { kind: 'wire', name: 'AFP' }, ['AFP']),
      claim('nw', 'stated', { kind: 'author' }),
    ]);
    expect(origins.map((o) => o.sources)).toEqual([['dw', 'rappler'], ['nw']]);
    expect(s).toBe('corroborated');
  });
});

describe('support is derived, never the firmest status', () => {
  it('does not let a partisan confirmation or a self-statement corroborate', () => {
    expect(
      support([
        claim('rappler', 'reported', observatory, ['AFP']),
        claim('rappler', 'reported', { kind: 'partisan-media', name: 'An ISIS jihadist on Twitter' }),
      ]).support,
    ).toBe('single-origin');
    expect(support([claim('habeck', 'stated', { kind: 'party', name: 'Ifriqiyya Media' })]).support).toBe(
      'party-claim',
    );
    expect(
      support([claim('habeck', 'reported', { kind: 'partisan-media', name: 'Ifriqiyya Media' }, undefined)]).support,
    ).toBe('party-claim');
  });

  it('turns an author a party-claim into a counted origin only when not partisan', () => {
    expect(support([claim('x', 'stated', { kind: 'author' }, undefined, true)]).support).toBe('party-claim');
  });

  it('keeps hedged accounts hedged, whatever their number', () => {
    expect(
      support([claim('habeck', 'speculative', { kind: 'author' }), claim('nw', 'alleged', { kind: 'unnamed' })])
        .support,
    ).toBe('hedged');
  });

  it('makes a denial or a dispute beside any account contested, and denials alone denied', () => {
    expect(
      support([
        claim('a', 'stated', { kind: 'author' }),
        claim('b', 'stated', { kind: 'author' }),
        claim('c', 'denied', { kind: 'party', name: 'X' }),
      ]).support,
    ).toBe('contested');
    expect(support([claim('habeck', 'disputed', { kind: 'unnamed' })]).support).toBe('contested');
    expect(support([claim('habeck', 'denied', { kind: 'party', name: 'A commander' })]).support).toBe('denied');
  });

  it('needs at least one citation', () => {
    expect(() => deriveSupport([], 0)).toThrow(/at least one/);
  });
});
