import { describe, expect, it } from 'vitest';
import { fullViewHref } from '../../src/embed/full-view';

describe('fullViewHref', () => {
  const site = 'https://example.org';
  it('gives the full chronology the embed’s view', () => {
    expect(fullViewHref('/chronology/', `${site}/embed/chronology/?from=2014-01&event=x`)).toBe(
      `${site}/chronology/?from=2014-01&event=x`,
    );
  });

  it('gives the full network the network embed’s date and selection', () => {
    expect(fullViewHref(`${site}/network/`, `${site}/embed/network/?at=2015-03-01&group=nusra`)).toBe(
      `${site}/network/?at=2015-03-01&group=nusra`,
    );
  });

  it('replaces a stale query and leaves other links alone', () => {
    expect(fullViewHref('/network/?at=2014-06-25', `${site}/embed/network/?at=2016-01-01`)).toBe(`${site}/network/?at=2016-01-01`);
    expect(fullViewHref('/events/x/', `${site}/embed/chronology/?from=2014-01`)).toBe('/events/x/');
  });

  it('compares paths with the base path included', () => {
    const paths = ['/org/project/chronology/'];
    expect(fullViewHref('/org/project/chronology/', `${site}/org/project/embed/chronology/?to=2015`, paths)).toBe(
      `${site}/org/project/chronology/?to=2015`,
    );
    expect(fullViewHref('/chronology/', `${site}/org/project/embed/chronology/?to=2015`, paths)).toBe('/chronology/');
  });
});
