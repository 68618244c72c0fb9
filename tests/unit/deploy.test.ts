import { describe, expect, it } from 'vitest';
import { isCi, LOCAL_SITE, missingSiteUrlMessage, resolveDeploy } from '../../src/lib/deploy';

describe('resolveDeploy (SITE_URL, BASE_PATH)', () => {
  it('takes the site and the base path from SITE_URL', () => {
    expect(resolveDeploy({ SITE_URL: 'https://example.org' })).toEqual({
      site: 'https://example.org/',
      base: '/',
      configured: true,
    });
    expect(resolveDeploy({ SITE_URL: 'https://org.github.io/project' })).toEqual({
      site: 'https://org.github.io/project/',
      base: '/project/',
      configured: true,
    });
  });

  it('accepts BASE_PATH alone or agreeing with SITE_URL, and refuses a disagreement', () => {
    expect(resolveDeploy({ SITE_URL: 'https://example.org/', BASE_PATH: 'docs' }).site).toBe(
      'https://example.org/docs/',
    );
    expect(resolveDeploy({ SITE_URL: 'https://example.org/docs/', BASE_PATH: '/docs/' }).base).toBe('/docs/');
    expect(() => resolveDeploy({ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' })).toThrow(
      /has the path \/a\/ but BASE_PATH is \/b\//,
    );
  });

  it('rejects addresses that cannot be a site, saying how to fix them', () => {
    expect(() => resolveDeploy({ SITE_URL: 'example.org' })).toThrow(
      /not an absolute URL: use e\.g\. SITE_URL=https:\/\/example\.org\//,
    );
    expect(() => resolveDeploy({ SITE_URL: 'ftp://example.org/' })).toThrow(/must start with https:\/\//);
    expect(() => resolveDeploy({ SITE_URL: 'https://example.org/?x=1' })).toThrow(/no query, fragment or credentials/);
    expect(() => resolveDeploy({ SITE_URL: 'https://example.org/', BASE_PATH: '../up' })).toThrow(
      /BASE_PATH "\.\.\/up" is not a plain path/,
    );
  });

  it('without SITE_URL uses the local preview address, never a made-up domain, and says so', () => {
    const d = resolveDeploy({});
    expect(d).toEqual({ site: LOCAL_SITE, base: '/', configured: false });
    expect(resolveDeploy({ BASE_PATH: '/p/' }).site).toBe('http://localhost:4321/p/');
    expect(missingSiteUrlMessage(d)).toContain('SITE_URL is not set');
    expect(missingSiteUrlMessage(d)).toContain('README');
  });

  it('reads CI like CI services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
