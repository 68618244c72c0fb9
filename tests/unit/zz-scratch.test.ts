import { it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
it('print', () => {
  try {
    const c = loadChronology('content');
    const lines = c.events.map((e) => [e.id.padEnd(44), e.support.padEnd(13), e.origins.length, e.articles, e.date.label, '|', e.from.join(','), '->', e.to.join(','), '|', e.conflicts.map((x) => x.field).join(',')].join(' '));
    console.log(lines.join('\n'));
  } catch (e) { console.log((e as Error).message); }
});
