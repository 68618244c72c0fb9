import { describe, expect, it } from 'vitest';
import {
  compactRows,
  groupsOf,
  laneName,
  orderLanes,
  primaryGroup,
  stackLane,
  stackRows,
} from '../../../src/charts/chronology/layout/lanes';
import { dayToMs } from '../../../src/charts/chronology/layout/time';
import { toChartData } from '../../../src/charts/chronology/data';
import { fixtureChronology } from '../../fixtures/chart/chronology';

const data = toChartData(fixtureChronology);

describe('lanes', () => {
  it('orders lanes by lineage, parents before branches, siblings by first appearance', () => {
    expect(orderLanes(data.groups, data.events, data.lineages).map((g) => g.id)).toEqual([
      'isi',
      'isis',
      'nusra',
      'albu-kamal-nusra',
      'al-qaeda',
      'fsa',
      'ahrar',
      'united-states',
    ]);
  });

  it('gives an unknown group a lane in "other" rather than dropping its events', () => {
    const e = { ...data.events[0]!, actors: ['ghost'] };
    expect(orderLanes(data.groups, [e], data.lineages).map((g) => [g.id, g.lineage])).toEqual([['ghost', 'other']]);
  });

  it('puts the label on the acting group of a directed event, else on the first actor', () => {
    const pledge = data.events.find((e) => e.id === 'albu-kamal-pledge')!;
    expect(primaryGroup(pledge)).toBe('albu-kamal-nusra');
    expect(groupsOf(pledge)).toEqual(['albu-kamal-nusra', 'isis']);
    expect(primaryGroup(data.events.find((e) => e.id === 'jaish-al-fath')!)).toBe('nusra');
  });
});

describe('stacking', () => {
  it('puts each item in the lowest row free of overlap', () => {
    expect(stackRows([{ left: 0, right: 10 }, { left: 5, right: 15 }, { left: 12, right: 20 }, { left: 30, right: 40 }])).toEqual([0, 1, 0, 0]);
    expect(stackRows([{ left: 12, right: 20 }, { left: 0, right: 10 }])).toEqual([0, 0]);
  });

  it('reserves room for labels, most significant first, while the lane stays within its row cap', () => {
    // Ten marks 20 units apart whose labels need 100 units: every label cannot fit in 2 rows.
    const items = Array.from({ length: 10 }, (_, i) => ({ left: i * 20, right: i * 20 + 12, withLabel: i * 20 + 112, rank: i % 3 }));
    const all = stackLane(items, 99);
    expect(all.count).toBe(6);
    const capped = stackLane(items, 3);
    expect(capped.count).toBeLessThanOrEqual(3);
    // Without labels the marks fit one row; the cap never forces fewer rows than that.
    expect(stackLane(items, 0).count).toBeGreaterThanOrEqual(1);
    // Rows never overlap the room given to each item.
    const rows = capped.rows;
    for (let a = 0; a < items.length; a++)
      for (let b = a + 1; b < items.length; b++)
        if (rows[a] === rows[b]) expect(items[a]!.right + 2 <= items[b]!.left || items[b]!.right + 2 <= items[a]!.left).toBe(true);
  });

  it('compacts the rows in view to 0…n−1, keeping their order', () => {
    const { map, count } = compactRows([5, 1, 5, 3]);
    expect(count).toBe(3);
    expect([...map]).toEqual([
      [1, 0],
      [3, 1],
      [5, 2],
    ]);
  });
});

describe('laneName', () => {
  const nusra = data.groups.find((g) => g.id === 'nusra')!;
  const view = (a: string, b: string) => [dayToMs(a), dayToMs(b)] as const;

  it('names a lane as the group was named during the visible period', () => {
    // Its main name's short form while it was al-Nusra Front, the dated short form after 2016.
    expect(laneName(nusra, view('2013-01-01', '2014-12-31'), 200, 12)).toBe('al-Nusra');
    expect(laneName(nusra, view('2016-01-01', '2017-12-31'), 200, 12)).toBe('JFS');
  });

  it('follows the lane’s events in view when given them', () => {
    expect(laneName(nusra, view('2010-01-01', '2017-12-31'), 200, 12, ['2016-05-01', '2016-08-01', '2014-01-01'])).toBe('JFS');
  });

  it('falls back to the short name, then cuts, when the name does not fit', () => {
    const long = { ...nusra, names: [{ name: 'Jabhat al-Nusra li-Ahl al-Sham min Mujahidi al-Sham' }] };
    expect(laneName(long, view('2013-01-01', '2014-12-31'), 80, 12)).toBe('al-Nusra');
    expect(laneName(long, view('2013-01-01', '2014-12-31'), 30, 12)).toMatch(/…$/);
  });
});
