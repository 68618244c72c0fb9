import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../src/lib/base-links';

describe('prefixBase', () => {
  it('puts the base path before root-relative URLs', () => {
    expect(prefixBase('/method/', '/org/project/')).toBe('/org/project/method/');
    expect(prefixBase('/events/x/#claim-1', '/org/project/')).toBe('/org/project/events/x/#claim-1');
  });
  it('leaves every other URL alone', () => {
    expect(prefixBase('/method/', '/')).toBe('/method/');
    expect(prefixBase('//cdn.example/x.js', '/org/project/')).toBe('//cdn.example/x.js');
    expect(prefixBase('https://example.org/', '/org/project/')).toBe('https://example.org/');
    expect(prefixBase('#section', '/org/project/')).toBe('#section');
    expect(prefixBase('relative/', '/org/project/')).toBe('relative/');
    expect(prefixBase('/org/project/method/', '/org/project/')).toBe('/org/project/method/');
  });
});
