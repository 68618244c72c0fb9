import { describe, expect, it } from 'vitest';
import { isCurrent } from '../../src/lib/nav';

describe('isCurrent', () => {
  it('marks the home page only on itself', () => {
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/events/')).toBe(false);
  });

  it('marks a section on its index and every page under it', () => {
    expect(isCurrent('/events/', '/events/')).toBe(true);
    expect(isCurrent('/events/', '/events/albu-kamal-pledge/')).toBe(true);
    expect(isCurrent('/events/', '/embed/events/albu-kamal-pledge/')).toBe(false);
    expect(isCurrent('/groups/', '/events/')).toBe(false);
  });

  it('works under a base path (a GitHub Pages project site)', () => {
    const home = '/org/project/';
    expect(isCurrent(home, '/org/project/', home)).toBe(true);
    expect(isCurrent(home, '/org/project/events/', home)).toBe(false);
    expect(isCurrent('/org/project/events/', '/org/project/events/x/', home)).toBe(true);
    expect(isCurrent('/org/project/data/', '/org/project/events/', home)).toBe(false);
  });
});
