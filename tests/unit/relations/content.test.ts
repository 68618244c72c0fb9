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
