/**
 * Where the built site will live, from the environment: `SITE_URL` (the public address, e.g.
 * `https://example.org/` or `https://org.github.io/project/`) and optionally `BASE_PATH` (the
 * sub-path the site is served under, by default the path of `SITE_URL`). Read by
 * astro.config.mjs; pure, so it is unit-tested without a build.
 */

/** The local address `astro dev` and `astro preview` serve at: used only when SITE_URL is unset. */
export const LOCAL_SITE = 'http://localhost:4321/';

/** What astro.config.mjs needs: Astro's `site` and `base`, and what to tell the person building. */
export interface Deploy {
  /** Origin plus base path, with a trailing slash ("https://org.github.io/project/"). */
  site: string;
  /** Base path with leading and trailing slash ("/" or "/project/"). */
  base: string;
  /** True when SITE_URL was given (canonical links, citations and the sitemap are real). */
  configured: boolean;
}

/** Thrown for a SITE_URL or BASE_PATH that cannot be used, with the fix in the message. */
export class DeployConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployConfigError';
  }
}

/** "/a/b" or "a/b/" → "/a/b/"; "" or "/" → "/". Rejects "..", "?" and "#". */
function basePath(value: string, what: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  if (/(^|\/)\.\.?(\/|$)|[?#\\\s]/.test(trimmed)) {
    throw new DeployConfigError(
      `${what} "${value}" is not a plain path: use e.g. /project/ (no ., .., ?, # or spaces)`,
    );
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Reads SITE_URL and BASE_PATH from `env`. SITE_URL must be an absolute http(s) URL without
 * query or fragment; its path, if any, is the base path unless BASE_PATH says otherwise, and the
 * two must then agree. Without SITE_URL the site is LOCAL_SITE (never a made-up domain).
 * @throws DeployConfigError naming the variable and the fix.
 */
export function resolveDeploy(env: Record<string, string | undefined>): Deploy {
  const raw = env.SITE_URL?.trim();
  const explicitBase =
    env.BASE_PATH !== undefined && env.BASE_PATH.trim() !== '' ? basePath(env.BASE_PATH, 'BASE_PATH') : undefined;
  if (!raw) {
    const base = explicitBase ?? '/';
    return { site: new URL(base, LOCAL_SITE).href, base, configured: false };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeployConfigError(`SITE_URL "${raw}" is not an absolute URL: use e.g. SITE_URL=https://example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeployConfigError(`SITE_URL "${raw}" must start with https:// (or http://)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new DeployConfigError(`SITE_URL "${raw}" must be just the address: no query, fragment or credentials`);
  }
  const sitePath = basePath(decodeURIComponent(url.pathname), 'The path of SITE_URL');
  const base = explicitBase ?? sitePath;
  if (sitePath !== '/' && sitePath !== base) {
    throw new DeployConfigError(
      `SITE_URL "${raw}" has the path ${sitePath} but BASE_PATH is ${base}: give the path in one of them, or make them agree`,
    );
  }
  return { site: new URL(base, url.origin).href, base, configured: true };
}

/** True when the environment says this is a CI run (CI=true/1, as CI services set it). */
export function isCi(env: Record<string, string | undefined>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return !!ci && ci !== 'false' && ci !== '0';
}

/** The message shown (warning) or thrown (under CI) when a production build has no SITE_URL. */
export function missingSiteUrlMessage(deploy: Deploy): string {
  return [
    'SITE_URL is not set, so canonical links, citations, the sitemap, share cards and oEmbed files',
    `of this build point at ${deploy.site}, which only works on this machine.`,
    'Set the public address before building for a host, e.g.',
    '  SITE_URL=https://example.org/ npm run build',
    '  SITE_URL=https://org.github.io/project/ npm run build   (a sub-path: the base path follows)',
    'See "Deploying" in the README.',
  ].join('\n');
}
