/**
 * Links last: adding a source (with new claims on existing events, a new event and a new group)
 * to a copy of the content changes no existing URL or claim anchor.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Chronology } from '../../src/lib/chronology/types';
import { loadChronology } from '../../src/lib/corpus/load';
import { routes } from '../../src/lib/routes';

const scratch = mkdtempSync(join(tmpdir(), 'chronology-stable-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every page URL and claim fragment the site publishes for a chronology. */
function addresses(c: Chronology): Set<string> {
  return new Set([
    ...c.events.map((e) => routes.event(e.id)),
    ...c.groups.map((g) => routes.group(g.id)),
    ...c.sources.map((s) => routes.source(s.id)),
    ...c.people.map((p) => routes.person(p.id)),
    ...c.places.map((p) => routes.place(p.id)),
    ...c.events.flatMap((e) => e.sources.map((s) => `${routes.source(s.source)}#${s.anchor}`)),
  ]);
}

describe('stable links', () => {
  it('keeps every existing address when a source is added', () => {
    const before = loadChronology('content');
    const copy = join(scratch, 'content');
    cpSync('content', copy, { recursive: true });
    writeFileSync(
      join(copy, 'groups', 'new-group.yaml'),
      'name: A new group\nshortName: New group\nkind: organisation\nlineage: other\nnames:\n  - name: A new group\ndescription: Added by the test.\n',
    );
    appendFileSync(join(copy, 'events.yaml'), '\nnew-event:\n  title: A new event\n  summary: Added by the test.\n');
    // Published earliest, so it sorts first among sources, and its claims come before the others'.
    writeFileSync(
      join(copy, 'sources', 'aaa-new-source.mdx'),
      `---
title: A new source
outlet: Test Wire
headline: A new source
authors: []
published: { text: "1 January 2014", day: "2014-01-01", confirmed: true }
url: https://example.org/new
urlKind: original
wire: []
kind: news-report
capture: none.txt
claims:
  - event: isis-nusra-merger-bid
    type: merger
    date: { text: "in 2013", year: "2013" }
    from: [islamic-state]
    to: [nusra]
    status: reported
    origin: { kind: unnamed }
    quote: "A test quotation."
  - event: new-event
    type: talks
    date: { text: "in 2012", year: "2012" }
    actors: [new-group, nusra]
    status: reported
    origin: { kind: unnamed }
    quote: "Another test quotation."
---

Test body.
`,
    );
    const after = loadChronology(copy);
    const old = addresses(before);
    const now = addresses(after);
    const lost = [...old].filter((a) => !now.has(a));
    expect(lost).toEqual([]);
    expect(now.has('/events/new-event/')).toBe(true);
    // The same ids keep the same titles: nothing was renumbered.
    for (const e of before.events) expect(after.events.find((x) => x.id === e.id)?.title).toBe(e.title);
  });

  it('keeps addresses when files and claims arrive in another order', () => {
    const copy = join(scratch, 'reordered');
    cpSync('content', copy, { recursive: true });
    const before = addresses(loadChronology('content'));
    // Reverse the order of events.yaml entries: keys, not positions, make the ids.
    const text = readFileSync(join(copy, 'events.yaml'), 'utf8');
    const blocks = text.split(/\n(?=[a-z0-9-]+:\n)/);
    writeFileSync(join(copy, 'events.yaml'), `${blocks.reverse().join('\n')}\n`);
    expect(addresses(loadChronology(copy))).toEqual(before);
  });
});
