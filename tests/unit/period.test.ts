import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';

const site = loadChronology('content');

import { periodAround } from '../../src/lib/chronology/period';

describe('periodAround', () => {
  it('pads an event by whole months, across year ends', () => {
    const event = site.events.find((e) => e.id === 'albu-kamal-pledge')!;
    expect(periodAround(event)).toEqual({ from: '2013-12', to: '2014-12' });
    expect(periodAround(event, 7)).toEqual({ from: '2013-11', to: '2015-01' });
  });
});
