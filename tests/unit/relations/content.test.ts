/**
 * The relationship layer on the real corpus: the ties the articles support on given dates, the
 * break and the talks on al-Qaeda's page, dated parents, and reports that must open nothing.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_CHAR_EM, labelBox, overlapArea } from '../../../src/charts/network/layout/labels';
import { LABEL_FONT_PX, NODE_RADIUS, VARIANT_SIZE } from '../../../src/charts/network/model';
import { toNetworkData } from '../../../src/charts/network/payload';
import { shortNamesOver } from '../../../src/lib/chronology/names';
import { loadChronology } from '../../../src/lib/corpus/load';
import { relationGroups, relationsOf } from '../../../src/lib/relations/from-chronology';
import { groupRelations } from '../../../src/lib/relations/group-view';
import { parentsAt, relationsAt, rollUp } from '../../../src/lib/relations/query';
import { sentenceFor } from '../../../src/lib/relations/phrase';
import { planNetwork } from '../../../src/charts/network/plan';
import { defaultState } from '../../../src/charts/network/state';
import { indexOf } from '../../../src/lib/chronology/lookup';

const chronology = loadChronology('content');
const layer = relationsOf(chronology);
const groups = relationGroups(chronology);
const holding = (day: string) => relationsAt(layer, day).flatMap((pair) => pair.periods);

describe('the network on 25 June 2014', () => {
  const on = holding('2014-06-25');

  it('holds the Albu Kamal unit’s reported affiliation to ISIS, coded to the unit', () => {
    const p = on.find(
      (x) => x.period.kind === 'affiliation' && x.period.from === 'nusra-albu-kamal' && x.period.to === 'islamic-state',
    );
    expect(p).toBeDefined();
    expect(p!.state).toBe('holds');
    expect(p!.period.status).toBe('reported');
    expect(p!.period.level).toBe('local');
    // IBTimes names al-Nusra as a whole: the disagreement is carried, not resolved into a Nusra pledge.
    expect(p!.period.conflicts.map((c) => c.about)).toContain('actors');
    expect(
      on.some((x) => x.period.kind === 'affiliation' && x.period.from === 'nusra' && x.period.to === 'islamic-state'),
    ).toBe(false);
  });

  it('holds al-Nusra’s affiliation to al-Qaeda', () => {
    expect(
      on.some((x) => x.period.kind === 'affiliation' && x.period.from === 'nusra' && x.period.to === 'al-qaeda'),
    ).toBe(true);
  });

  it('holds no IS→AQ affiliation, not even as uncertain', () => {
    expect(
      on.some(
        (x) => x.period.kind === 'affiliation' && x.period.from === 'islamic-state' && x.period.to === 'al-qaeda',
      ),
    ).toBe(false);
  });
});

describe('dated parents', () => {
  it('IS was al-Qaeda’s branch until the break, dated 2013 or 2014 by source, and has no parent after it', () => {
    expect(parentsAt(layer, 'islamic-state', '2008-01-01').map((x) => [x.period.to, x.state])).toEqual([
      ['al-qaeda', 'holds'],
    ]);
    expect(parentsAt(layer, 'islamic-state', '2013-06-01').map((x) => x.state)).toEqual(['uncertain']);
    expect(parentsAt(layer, 'islamic-state', '2014-06-25')).toEqual([]);
    expect(parentsAt(layer, 'islamic-state', '2016-01-01')).toEqual([]);
    const aff = layer.periods.find(
      (p) => p.kind === 'affiliation' && p.from === 'islamic-state' && p.to === 'al-qaeda',
    )!;
    expect(aff.conflicts.find((c) => c.about === 'end')?.positions.map((p) => p.value)).toEqual(
      expect.arrayContaining(['2013', '2014']),
    );
  });

  it('al-Nusra was under ISI per one article, then al-Qaeda’s affiliate', () => {
    const toIs = layer.periods.find((p) => p.kind === 'affiliation' && p.from === 'nusra' && p.to === 'islamic-state')!;
    expect(new Set(toIs.evidence.map((e) => e.event))).toEqual(new Set(['nusra-founded', 'nusra-rejects-isis-merger']));
    expect(parentsAt(layer, 'nusra', '2012-06-01').map((x) => x.period.to)).toEqual(['islamic-state']);
    expect(parentsAt(layer, 'nusra', '2015-01-01').map((x) => x.period.to)).toEqual(['al-qaeda']);
  });

  it('the 2016 renaming away from al-Qaeda ends the affiliation; the ties Newsweek says remained are their own period', () => {
    expect(parentsAt(layer, 'nusra', '2017-01-01').map((x) => x.period.to)).not.toContain('al-qaeda');
    const ties = holding('2017-01-01').find((x) => x.period.pair === 'al-qaeda--nusra');
    expect(ties?.period.rule).toBe('ties-as-cooperation');
  });
});

describe('reports that must open nothing', () => {
  it('a denied rumour opens nothing', () => {
    const opened = new Set(
      layer.periods.flatMap((p) => p.evidence.filter((e) => e.role === 'opens').map((e) => e.event)),
    );
    for (const e of chronology.events.filter((x) => x.support === 'denied')) expect(opened.has(e.id), e.id).toBe(false);
    expect(
      layer.periods.some((p) => p.evidence.some((e) => e.event === 'yarmouk-commander-accused-of-joining-is')),
    ).toBe(false);
  });

  it('speculation opens nothing and is listed as a link', () => {
    expect(layer.links.some((l) => l.event === 'qalamoun-truce' && l.reason === 'speculative')).toBe(true);
    expect(layer.periods.some((p) => p.evidence.some((e) => e.event === 'qalamoun-truce'))).toBe(false);
  });

  it('a local truce between commanders stays local until a reader rolls it up', () => {
    const truce = layer.periods.find((p) => p.evidence[0]!.event === 'lebanon-territory-agreement')!;
    expect(truce.level).toBe('local');
    expect(truce.through).toEqual(expect.arrayContaining([expect.stringMatching(/commanders/)]));
    const rolled = rollUp(layer, groups);
    expect(rolled.periods.some((p) => p.id === truce.id)).toBe(true);
  });
});

describe('al-Qaeda’s page', () => {
  const rows = groupRelations(layer, groups, 'al-qaeda');

  it('lists its break with ISIS and the 2017 talks', () => {
    expect(rows.some((r) => r.period.kind === 'split' && r.other === 'islamic-state')).toBe(true);
    const talks = rows.find((r) => r.period.kind === 'talks' && r.other === 'islamic-state');
    expect(talks?.verb).toBe('reportedly held talks with');
    expect(talks?.period.start.start.slice(0, 4)).toBe('2017');
  });

  it('does not list ISIS’s 2014 pledges as its own', () => {
    expect(rows.some((r) => r.period.evidence.some((e) => e.event === 'albu-kamal-pledge'))).toBe(false);
    expect(rows.some((r) => r.period.evidence.some((e) => e.event === 'ifriqiyya-media-pledge'))).toBe(false);
  });
});

describe('every period is sourced', () => {
  it('opens with an event that has at least one quoted claim, and names known groups', () => {
    const ids = new Set(chronology.groups.map((g) => g.id));
    const events = new Map(chronology.events.map((e) => [e.id, e]));
    for (const p of layer.periods) {
      expect(ids.has(p.a) && ids.has(p.b), p.id).toBe(true);
      for (const e of p.evidence) expect(events.get(e.event)?.sources.length, `${p.id} ${e.event}`).toBeGreaterThan(0);
    }
  });
});

describe('the network’s labels on the real corpus', () => {
  const data = toNetworkData(chronology, layer, groups);

  it.each(['wide', 'narrow'] as const)('places no label over another label or another node (%s view)', (variant) => {
    const metrics = { fontSize: LABEL_FONT_PX[variant], charWidth: LABEL_CHAR_EM };
    const placed = data.groups.map((g) => {
      const [x, y] = g.pos[variant];
      const chars = Math.max(...shortNamesOver(g).map((l) => l.length));
      return {
        g,
        x,
        y,
        r: NODE_RADIUS[g.level],
        box: labelBox(
          { id: g.id, x, y, r: NODE_RADIUS[g.level], chars },
          g.side[variant],
          metrics,
          VARIANT_SIZE[variant].width,
        ),
      };
    });
    const clashes: string[] = [];
    for (const a of placed)
      for (const b of placed) {
        if (a === b) continue;
        if (a.g.id < b.g.id && overlapArea(a.box, b.box) > 0) clashes.push(`${a.g.id} label × ${b.g.id} label`);
        const dot = { x: b.x - b.r, y: b.y - b.r, width: 2 * b.r, height: 2 * b.r };
        if (overlapArea(a.box, dot) > 0) clashes.push(`${a.g.id} label × ${b.g.id} node`);
      }
    expect(clashes).toEqual([]);
  });
});

describe('the 2013 merger Baghdadi announced and al-Julani refused', () => {
  const merger = layer.periods.find((p) => p.kind === 'merger' && p.pair === 'islamic-state--nusra')!;
  const name = (id: string) => indexOf(chronology).groupName(id);

  it('runs from al-Nusra (named as absorbed) to the Islamic State (announcing it), as Newsweek and IBTimes say', () => {
    expect([merger.from, merger.to]).toEqual(['nusra', 'islamic-state']);
    expect(sentenceFor(merger, 'islamic-state', name)).toMatch(/^Islamic State announced a merger absorbing al-Nusra Front/);
    expect(sentenceFor(merger, 'nusra', name)).toMatch(/^al-Nusra Front was announced as merged into Islamic State/);
  });

  it('is announced and contested, never a settled merger: al-Nusra refused it', () => {
    expect(merger).toMatchObject({ refusedBy: 'nusra', status: 'disputed', support: 'contested' });
    expect(merger.end.open).toBe(false);
    expect(merger.evidence.map((e) => [e.event, e.role])).toEqual([
      ['isis-nusra-merger-bid', 'opens'],
      ['nusra-rejects-isis-merger', 'closes'],
    ]);
    expect(sentenceFor(merger, 'nusra', name)).toMatch(/\(disputed: al-Nusra Front refused it\)$/);
  });

  it('draws its arrow from al-Nusra to the Islamic State on the network, and says it was refused', () => {
    const data = toNetworkData(chronology, layer, groups);
    const plan = planNetwork(data, { ...defaultState(data), at: '2013-06-01' }, 'wide');
    const edge = plan.edges.find((e) => e.period.kind === 'merger')!;
    expect([edge.period.from, edge.period.to]).toEqual(['nusra', 'islamic-state']);
    const row = plan.rows.find((r) => r.id === edge.id)!;
    expect(row.between).toMatch(/^al-Nusra Front → /);
    expect(row.state).toMatch(/^announced, and refused by al-Nusra Front: not a settled merger$/);
  });
});

describe('support of a period comes from the claims naming both groups, not the whole event', () => {
  it('al-Nusra founded as a branch of the Islamic State: Newsweek alone says so (single origin), the others disagree', () => {
    const founded = layer.periods.find((p) => p.id === 'affiliation:islamic-state--nusra:nusra-founded')!;
    expect([founded.from, founded.to]).toEqual(['nusra', 'islamic-state']);
    // The event itself is corroborated (four articles report al-Nusra's founding)…
    expect(chronology.events.find((e) => e.id === 'nusra-founded')!.support).toBe('corroborated');
    // …but only Newsweek names the Islamic State of Iraq as its parent.
    expect([founded.status, founded.support]).toEqual(['stated', 'single-origin']);
    expect(founded.conflicts.map((c) => c.about)).toContain('actors');
  });

  it('every period’s support is that of the claims naming both of its groups', () => {
    for (const p of layer.periods) {
      const opening = chronology.events.find((e) => e.id === p.evidence[0]!.event)!;
      const naming = opening.sources.filter((c) => c.actors.includes(p.a) || c.parties.some((x) => x.group === p.a));
      const both = naming.filter((c) => c.actors.includes(p.b) || c.parties.some((x) => x.group === p.b));
      if (both.length === opening.sources.length || p.refusedBy) continue;
      // Some claims do not name both: the period may not borrow the whole event's corroboration.
      if (opening.support === 'corroborated' && new Set(both.map((c) => c.source)).size < 2)
        expect(p.support, p.id).not.toBe('corroborated');
    }
  });
});
