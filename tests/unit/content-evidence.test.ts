/**
 * Pins the corrections of the evidence review (issue 8) on the real content: each test states a
 * rule the content broke before and must not break again.
 */
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { loadCorrections } from '../../src/lib/corpus/corrections';
import { provenanceSummary } from '../../src/lib/chronology/support';
import { toChartData } from '../../src/charts/chronology/data';
import { nameAt } from '../../src/lib/chronology/names';
import { CSV_COLUMNS, eventCsvRow, eventsCsv } from '../../src/lib/publish/data';

const c = loadChronology('content');
const event = (id: string) => {
  const e = c.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe('content after the evidence review', () => {
  it('dates the al-Qaeda/ISIS break within 2013–2014, with no single direction', () => {
    const split = event('al-qaeda-isis-split');
    expect(split.date.start).toBe('2013-01-01');
    expect(split.date.end).toBe('2014-12-31');
    expect(split.from).toEqual([]);
    expect(split.to).toEqual([]);
    const direction = split.conflicts.find((x) => x.field === 'direction')!;
    expect(direction.positions.map((p) => p.sources.sort())).toEqual(
      expect.arrayContaining([
        ['dw-2014-06-25', 'ibtimes-yalibnan-2014-06-27'],
        ['newsweek-2017-04'],
        ['habeck-site-2015'],
      ]),
    );
  });

  it('types no event a pledge whose only claims are denied', () => {
    for (const e of c.events.filter((x) => x.type === 'pledge')) {
      expect(
        e.sources.every((s) => s.status === 'denied'),
        e.id,
      ).toBe(false);
    }
    expect(event('yarmouk-commander-accused-of-joining-is')).toMatchObject({ type: 'accusation', support: 'denied' });
    expect(event('yarmouk-commander-accused-of-joining-is').sources[0]!.parties[0]).toMatchObject({
      level: 'individual',
      unnamed: true,
    });
  });

  it('never makes al-Qaeda central or the IS leadership an actor where the article names only "AQ groups" or "IS groups"', () => {
    for (const e of c.events) {
      for (const s of e.sources) {
        if (!/\b(AQ|IS) groups\b|groups that have sworn fealty to IS/.test(s.quote)) continue;
        for (const p of s.parties) {
          const central = (p.group === 'al-qaeda' || p.group === 'islamic-state') && p.level === 'organisation';
          expect(central, `${e.id} ${s.source}: ${p.group}`).toBe(false);
        }
      }
    }
    expect(event('bardo-museum-attack').actors.sort()).toEqual(['al-qaeda-groups', 'islamic-state-groups']);
  });

  it('does not make the passing Charlie Hebdo comparison an event, and keeps the Bardo hedge in its quote', () => {
    expect(c.events.some((e) => /charlie/i.test(e.id))).toBe(false);
    expect(event('bardo-museum-attack').sources[0]!.quote).toMatch(/growing evidence the attack seems to have been/);
    expect(event('bardo-museum-attack').support).toBe('hedged');
  });

  it('counts the three June 2014 reports of the Albu Kamal pledge as one origin, not three', () => {
    const pledge = event('albu-kamal-pledge');
    expect(pledge.articles).toBe(3);
    expect(pledge.support).toBe('single-origin');
    expect(provenanceSummary(pledge.articles, pledge.origins)).toBe(
      '3 articles, 1 independent origin: Syrian Observatory for Human Rights via AFP',
    );
    // Every claim has the pledge going to ISIS; they differ only on the level of the pledging party.
    expect(pledge.from).toEqual(['nusra-albu-kamal', 'nusra']);
    expect(pledge.to).toEqual(['islamic-state']);
    expect(pledge.conflicts.map((x) => x.field)).toContain('actors');
    expect(pledge.conflicts.map((x) => x.field)).not.toContain('direction');
  });

  it('never lets a partisan outlet or a party speaking about itself support an event', () => {
    expect(event('vanguards-founded-by-is').support).toBe('party-claim');
    expect(event('tunisian-groups-cooperation').support).toBe('party-claim');
    expect(event('yarmouk-commander-renews-oath').support).toBe('party-claim');
    for (const e of c.events) {
      for (const s of e.sources)
        if (s.provenance.partisan || s.provenance.selfStatement) expect(s.provenance.counts).toBe(false);
    }
  });

  it('quotes the Newsweek coalition sentence whole, and types it membership, not merger', () => {
    const jfs = event('jfs-joins-tahrir-al-sham');
    expect(jfs.type).toBe('membership');
    expect(jfs.sources[0]!.quote).toContain('such as Ahrar al-Sham and Tahrir al-Sham, of which');
    // Under either reading of "of which", Jabhat Fatah al-Sham was a member of Tahrir al-Sham.
    expect(jfs.from).toEqual(['nusra']);
    expect(jfs.to).toEqual(['tahrir-al-sham']);
  });

  it('keeps the titles hedged where the sources hedge, and the Zawahiri order the right way round', () => {
    expect(event('baghdadi-defies-zawahiri').title).toMatch(/reportedly/);
    expect(event('baghdadi-defies-zawahiri').title).toMatch(/not to act apart from/);
    expect(event('albu-kamal-pledge').title).toMatch(/a monitor says/);
    expect(event('qalamoun-truce').title).toMatch(/suggest/);
    expect(event('vanguards-founded-by-is').title).toMatch(/says/);
    expect(event('baghdadi-global-appearance-2014').summary).toMatch(/tens of thousands/);
  });

  it('dates the reported meeting by its reports: not after November 2014, with no lower bound', () => {
    const meeting = event('nusra-is-high-level-meeting');
    expect(meeting.date).toMatchObject({ precision: 'undated', openStart: true, end: '2014-11-30' });
    expect(meeting.sources[0]!.reportDate?.label).toBe('November 2014');
  });

  it('names groups as they were at the event date', () => {
    expect(event('aq-iraq-branch-active').names['islamic-state']!.name).toBe("Al-Qaeda's branch in Iraq");
    expect(event('baghdadi-becomes-leader').names['islamic-state']!.short).toBe('ISI');
    expect(event('albu-kamal-pledge').names['islamic-state']!.short).toBe('ISIS');
    expect(event('allawi-reports-is-aq-talks').names['nusra']).toBeUndefined();
    expect(event('nusra-renamed-jfs').names['nusra']!.name).toBe('Jabhat Fatah al-Sham');
    expect(event('albu-kamal-pledge').names['nusra']!.name).toBe('al-Nusra Front');
  });

  it('writes names as they were into events.csv', () => {
    const names = (id: string) => eventCsvRow(event(id), 'https://site.example/')[CSV_COLUMNS.indexOf('actor_names')];
    expect(names('baghdadi-becomes-leader')).toBe('Islamic State of Iraq');
    // The claim names al-Qaeda too, as the group the branch belonged to (it opens the affiliation).
    expect(names('aq-iraq-branch-active')).toBe("Al-Qaeda; Al-Qaeda's branch in Iraq");
    // The renaming is coded away from al-Qaeda (it closes the affiliation), so al-Qaeda is named too.
    expect(names('nusra-renamed-jfs')).toBe('Jabhat Fatah al-Sham; Al-Qaeda');
    expect(eventsCsv(c.events, 'https://site.example/')).toContain('Islamic State of Iraq and Syria (ISIS)');
  });

  it('gives the chart its names at each date: per event, and per lane over time', () => {
    const data = toChartData(c);
    const is = data.groups.find((g) => g.id === 'islamic-state')!;
    expect(is.shortName).toBe('ISIS and predecessors');
    // The lane's names over time reach the chart, and nameAt reads their short forms.
    expect(is.names.map((n) => n.short)).toEqual(['AQ in Iraq', 'ISI', 'ISIS', 'Islamic State']);
    expect(is.names[0]).toMatchObject({ from: '2003', to: '2006' });
    expect(nameAt(is, '2004-06-01').short).toBe('AQ in Iraq');
    const founded = data.events.find((e) => e.id === 'baghdadi-becomes-leader')!;
    expect(nameAt(is, founded.start).short).toBe('ISI');
    expect(c.events.find((e) => e.id === 'baghdadi-becomes-leader')!.names['islamic-state']?.short).toBe('ISI');
    expect(data.events.find((e) => e.id === 'albu-kamal-pledge')!.status).toBe('single-origin');
  });

  it('files the Islamist coalitions apart from the Free Syrian Army', () => {
    const lineage = (id: string) => c.groups.find((g) => g.id === id)!.lineage;
    expect(lineage('ahrar-al-sham')).toBe('islamist');
    expect(lineage('tahrir-al-sham')).toBe('islamist');
    expect(lineage('free-syrian-army')).toBe('rebels');
  });

  it('carries the relationships the articles report', () => {
    for (const id of [
      'boko-haram-links-to-isis',
      'al-shabab-links-to-al-qaeda',
      'aq-consolidates-support-among-rebels',
      'aq-linked-insurgents-fight-isis-2017',
      'aq-tolerates-work-with-is-groups',
      'ifriqiyya-publishes-aqim-material',
      'is-envoys-implement-nullification',
      'is-aq-assassination-accusations',
      'albu-kamal-brigades-work-with-nusra',
      'isis-eclipses-nusra-north',
    ]) {
      expect(event(id).sources.length, id).toBeGreaterThan(0);
    }
    expect(event('aq-tolerates-work-with-is-groups').support).toBe('hedged');
    // The disagreement on al-Nusra's origin is a content conflict. IBTimes describes what al-Nusra is
    // (al-Qaeda's "official offshoot"), not how it began, so it takes no side.
    const what = event('nusra-founded').conflicts.find((x) => x.field === 'what')!;
    expect(what.positions).toEqual([
      { value: 'Began as an offshoot of al-Qaeda', sources: ['dw-2014-06-25'] },
      { value: 'Rooted in al-Qaeda', sources: ['rappler-2014-06-25'] },
      {
        value: "Set up by al-Julani, sent by the Islamic State of Iraq's leader Baghdadi to expand its franchise",
        sources: ['newsweek-2017-04'],
      },
    ]);
  });

  it('records the two accounts of the Albu Kamal declaration as a disagreement on what happened', () => {
    const what = event('albu-kamal-rebel-declaration').conflicts.find((x) => x.field === 'what')!;
    expect(what.positions).toEqual([
      {
        value: 'A declaration excluding al-Nusra from the local Islamic court',
        sources: ['ibtimes-yalibnan-2014-06-27'],
      },
      {
        value: 'A declaration demanding that al-Nusra take a clear stance against ISIS',
        sources: ['rappler-2014-06-25'],
      },
    ]);
  });

  it('codes local deals to local commanders, not to the organisations', () => {
    const lebanon = event('lebanon-territory-agreement');
    expect(lebanon.levels).toEqual(['individual']);
    expect(event('qalamoun-truce').levels).toEqual(['local-unit']);
  });

  it('starts the data in 2003, as the site title says', () => {
    const first = c.events[0]!;
    expect(first.date.start.slice(0, 4)).toBe('2003');
  });

  it('links every claim place to a place record and lists spelling variants for search', () => {
    const names = (id: string) =>
      c.people.find((p) => p.id === id)?.names.map((n) => n.name) ??
      c.places.find((p) => p.id === id)!.names.map((n) => n.name);
    expect(names('abu-muhammad-al-jawlani')).toEqual(
      expect.arrayContaining(['Abu Mohammad al-Julani', 'Abu Muhammad al-Jawlani', 'Jolani', 'Golani']),
    );
    expect(names('raqqa')).toEqual(expect.arrayContaining(['Raqa', 'Raqqa']));
    expect(names('al-qaim')).toEqual(expect.arrayContaining(['Abu Qaim', 'Al-Qaim']));
    expect(names('ayman-al-zawahiri')).toEqual(expect.arrayContaining(['Zawahri', 'Zawahiri']));
  });

  it('has a corrections log whose entries name real events, or record a withdrawal', () => {
    const log = loadCorrections('content', new Set(c.events.map((e) => e.id)));
    expect(log.length).toBeGreaterThanOrEqual(10);
    expect(log.some((x) => x.event === 'al-qaeda-isis-split' && /2013–2014/.test(x.change))).toBe(true);
    expect(log.some((x) => x.event === 'charlie-hebdo-attack' && /^Event withdrawn/.test(x.change))).toBe(true);
  });
});
