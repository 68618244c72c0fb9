import { describe, expect, it } from 'vitest';
import { absoluteUrl, normaliseBase, routes, withBase, withoutBase } from '../../src/lib/routes';

describe('routes', () => {
  it('normalises base paths to one leading and one trailing slash', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('/org/project')).toBe('/org/project/');
    expect(normaliseBase('org/project/')).toBe('/org/project/');
  });

  it('prefixes site paths with the base (root in tests)', () => {
    expect(withBase('/events/x/')).toBe('/events/x/');
    expect(withBase('events/x/')).toBe('/events/x/');
    expect(withoutBase('/events/x/')).toBe('/events/x/');
    expect(routes.event('albu-kamal-pledge')).toBe('/events/albu-kamal-pledge/');
    expect(routes.embedEvent('a')).toBe('/embed/events/a/');
    expect(routes.dataFile('events.csv')).toBe('/data/events.csv');
    expect(routes.network()).toBe('/network/');
    expect(routes.embedNetwork()).toBe('/embed/network/');
    expect(routes.relations()).toBe('/relations/');
  });

  it('gives each pair of groups one address, whatever the order', () => {
    expect(routes.pair('nusra', 'al-qaeda')).toBe('/relations/al-qaeda--nusra/');
    expect(routes.pair('al-qaeda', 'nusra')).toBe('/relations/al-qaeda--nusra/');
  });

  it('encodes ids and resolves absolute URLs', () => {
    expect(routes.group('a b')).toBe('/groups/a%20b/');
    expect(absoluteUrl(routes.source('dw'), 'https://example.org/org/project/')).toBe('https://example.org/sources/dw/');
  });
});
