import { describe, expect, it } from 'vitest';
import { hedgeOf, linkSentence, sentenceFor, stateSentence, tellerOf, verbFor } from '../../../src/lib/relations/phrase';
import { RELATION_KIND_IDS } from '../../../src/lib/relations/kinds';
import { RULES } from '../../../src/lib/relations/derive';
import { endSentence } from '../../../src/lib/text';
import type { Link, Period } from '../../../src/lib/relations/types';
import { openEnd } from '../../../src/lib/relations/period';

const names: Record<string, string> = { is: 'ISIS', nusra: 'al-Nusra Front', aq: 'Al-Qaeda' };
const name = (id: string) => names[id] ?? id;
const p = (over: Partial<Period>) =>
  ({ a: 'is', b: 'nusra', kind: 'alliance', directed: false, status: 'stated', ...over }) as Period;

describe('phrasing with status', () => {
  it('qualifies a tie by how the sources present it', () => {
    expect(sentenceFor(p({ status: 'disputed' }), 'nusra', name)).toBe(
      'al-Nusra Front was reportedly allied with ISIS (disputed)',
    );
    expect(sentenceFor(p({ status: 'reported' }), 'is', name)).toBe('ISIS was reportedly allied with al-Nusra Front');
    expect(sentenceFor(p({ status: 'stated', kind: 'rivalry' }), 'is', name)).toBe('ISIS fought al-Nusra Front');
    expect(sentenceFor(p({ status: 'reported', kind: 'rivalry' }), 'is', name)).toBe(
      'ISIS reportedly fought al-Nusra Front',
    );
    expect(sentenceFor(p({ status: 'alleged', kind: 'truce' }), 'is', name)).toBe(
      'ISIS allegedly had a truce or agreement with al-Nusra Front',
    );
  });

  it('reads a directed tie from either side', () => {
    const aff = p({ kind: 'affiliation', directed: true, from: 'nusra', to: 'aq', a: 'aq', b: 'nusra' });
    expect(sentenceFor(aff, 'nusra', name)).toBe('al-Nusra Front was affiliated to Al-Qaeda');
    expect(sentenceFor(aff, 'aq', name)).toBe('Al-Qaeda had as its affiliate al-Nusra Front');
    const split = p({ kind: 'split', directed: true, from: 'aq', to: 'is', a: 'aq', b: 'is' });
    expect(verbFor(split, 'is').verb).toBe('had its ties cut by');
    // Breaking away (ISIS "broke off of Al-Qaeda") is not disowning: the other side is not said to disown.
    const away = p({ kind: 'split', directed: true, from: 'is', to: 'aq', a: 'aq', b: 'is' });
    expect(sentenceFor(away, 'aq', name)).toBe('Al-Qaeda had its ties cut by ISIS');
    expect(verbFor(p({ kind: 'split', directed: false, a: 'aq', b: 'is' }), 'aq').verb).toMatch(/disputed/);
  });

  it('says how an affiliation began: a pledge, a recognition, a founding, a membership', () => {
    const aff = (rule: Period['rule']) =>
      p({
        kind: 'affiliation',
        directed: true,
        from: 'nusra',
        to: 'aq',
        a: 'aq',
        b: 'nusra',
        status: 'reported',
        rule,
      });
    expect(sentenceFor(aff('pledge-opens-affiliation'), 'nusra', name)).toBe(
      'al-Nusra Front reportedly pledged allegiance to Al-Qaeda',
    );
    expect(sentenceFor(aff('recognition-opens-affiliation'), 'aq', name)).toBe(
      'Al-Qaeda reportedly recognised as its affiliate al-Nusra Front',
    );
    expect(sentenceFor(aff('founding-opens-affiliation'), 'nusra', name)).toBe(
      'al-Nusra Front was reportedly founded as a branch of Al-Qaeda',
    );
    expect(sentenceFor(aff('membership-opens-affiliation'), 'aq', name)).toBe(
      'Al-Qaeda reportedly had as a member al-Nusra Front',
    );
    expect(sentenceFor({ ...aff('ties-as-cooperation'), kind: 'alliance', directed: false }, 'aq', name)).toBe(
      'Al-Qaeda reportedly had links with al-Nusra Front',
    );
  });

  it('words a merger as announced: the announcer absorbing, the other announced as merged into it', () => {
    const bid = p({ kind: 'merger', directed: true, from: 'nusra', to: 'is', status: 'stated' });
    expect(sentenceFor(bid, 'is', name)).toBe('ISIS announced a merger absorbing al-Nusra Front');
    expect(sentenceFor(bid, 'nusra', name)).toBe('al-Nusra Front was announced as merged into ISIS');
    expect(sentenceFor({ ...bid, status: 'reported' }, 'is', name)).toBe(
      'ISIS reportedly announced a merger absorbing al-Nusra Front',
    );
    // Told from the side that announced it, as the sources do ("Baghdadi announced the merger").
    expect(tellerOf(bid)).toBe('is');
    expect(tellerOf(p({ kind: 'affiliation', directed: true, from: 'nusra', to: 'aq' }))).toBe('nusra');
    expect(tellerOf(p({ kind: 'rivalry' }))).toBe('is');
    // Refused by the group named as absorbed: the announcement is not hedged, the merger is disputed.
    const refused = { ...bid, status: 'disputed', refusedBy: 'nusra' };
    expect(sentenceFor(refused, 'is', name)).toBe(
      'ISIS announced a merger absorbing al-Nusra Front (disputed: al-Nusra Front refused it)',
    );
    expect(sentenceFor(refused, 'nusra', name)).toBe(
      'al-Nusra Front was announced as merged into ISIS (disputed: al-Nusra Front refused it)',
    );
  });

  it('words denied and speculative links as such', () => {
    const link = {
      a: 'is',
      b: 'nusra',
      kind: 'affiliation',
      directed: true,
      from: 'nusra',
      to: 'is',
      reason: 'denied',
    } as Link;
    expect(linkSentence(link, name)).toBe('Denied: that al-Nusra Front was affiliated to ISIS');
    expect(hedgeOf('stated')).toBe('');
  });

  it('says how a period stands on a day', () => {
    const period = { end: openEnd('2014-06-26') };
    expect(stateSentence({ state: 'holds', afterLastReport: false }, period)).toBe('holds');
    expect(stateSentence({ state: 'uncertain', afterLastReport: false }, period)).toMatch(/^may hold/);
    expect(stateSentence({ state: 'holds', afterLastReport: true }, period)).toBe(
      'not reported since 26 June 2014; shown as ongoing',
    );
  });
});

describe('punctuation of every phrase', () => {
  // Names and titles that end with their own punctuation, as a source title does ("…in Iraq and Syria?").
  const odd: Record<string, string> = { is: 'Save One Another?', nusra: 'Unite!', aq: 'Al-Qaeda…' };
  const oddName = (id: string) => odd[id] ?? id;
  const statuses = ['stated', 'reported', 'alleged', 'speculative', 'disputed', 'denied'];
  const rules = [undefined, ...(Object.keys(RULES) as Period['rule'][])];

  it('closes no sentence with "?." or "!." or "..", whatever the kind, side, status, rule or refusal', () => {
    const bad: string[] = [];
    for (const kind of RELATION_KIND_IDS)
      for (const directed of [true, false])
        for (const status of statuses)
          for (const rule of rules)
            for (const refusedBy of [undefined, 'is']) {
              const period = p({ kind, directed, status, rule, refusedBy, a: 'is', b: 'nusra' });
              if (directed) Object.assign(period, { from: 'is', to: 'nusra' });
              for (const side of ['is', 'nusra']) {
                const text = endSentence(sentenceFor(period, side, oddName));
                if (/[?!…]\.|\.\.$/.test(text)) bad.push(text);
              }
              for (const reason of ['denied', 'speculative'] as const) {
                const text = endSentence(linkSentence({ ...period, reason }, oddName));
                if (/[?!…]\.|\.\.$/.test(text)) bad.push(text);
              }
            }
    expect(bad).toEqual([]);
  });
});
