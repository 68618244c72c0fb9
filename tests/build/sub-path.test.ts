/**
 * The site hosted under a sub-path, as a GitHub Pages project site is (https://host/org/project/):
 * a real build with SITE_URL ending in /org/project/, served from that sub-folder by a plain
 * static server. Then
 * - the checks over dist/ (tests/dist: links, fragments, canonical URLs, sitemap, oEmbed, …) run
 *   over this build, every path required to be under the base;
 * - every internal URL of every page and stylesheet is fetched over HTTP and answers 200;
 * - in Chromium, the parts that build URLs in the browser work under the base: search (Pagefind's
 *   bundle and result links), the share dialog (link, embed code, the data it fetches), an embed
 *   in a sandboxed frame on another origin (its script, its URL), with no failed request.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const BASE = '/org/project/';
const root = mkdtempSync(join(tmpdir(), 'chronology-subpath-'));
const www = join(root, 'www');
const out = join(www, 'org', 'project');
let server: StaticServer;
let site = '';

beforeAll(async () => {
  server = await serveStatic(www);
  site = `${server.origin}${BASE}`;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, SITE_URL: site, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every HTML file of the build, as URL paths under the base. */
function pagePaths(dir = out, prefix = BASE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : pagePaths(join(dir, d.name), `${prefix}${d.name}/`);
    if (!d.name.endsWith('.html')) return [];
    return [d.name === 'index.html' ? prefix : `${prefix}${d.name}`];
  });
}

/** URL-bearing attribute values of a page (href, src, srcset, action, content of URL metas). */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      // Canonical links and og:url are checked by the dist suite (the 404 page names a path no file serves).
      if (
        child.attrs.some(
          (a) => (a.name === 'rel' && a.value === 'canonical') || (a.name === 'property' && a.value === 'og:url'),
        )
      )
        continue;
      for (const a of child.attrs) {
        if (['href', 'src', 'action', 'poster'].includes(a.name)) urls.push(a.value);
        // The search bundle's folder: its script must be there.
        if (a.name === 'data-bundle') urls.push(`${a.value.replace(/\/?$/, '/')}pagefind.js`);
        if (a.name === 'srcset') urls.push(...a.value.split(',').map((c) => c.trim().split(/\s+/)[0]!));
        if (a.name === 'content' && /^https?:\/\//.test(a.value)) urls.push(a.value);
      }
      visit(child);
      if (child.tagName === 'template') visit((child as T.Template).content);
    }
  };
  visit(parse(html));
  return urls.filter((u) => u && !/^(#|data:|mailto:|javascript:)/i.test(u));
}

describe(`the site under a sub-path (${BASE})`, () => {
  it('passes every check over dist/, with every path under the base', () => {
    const result = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.dist.config.ts'],
      {
        env: { ...process.env, DIST_DIR: out, NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  }, 300_000);

  it('every internal URL of every page and stylesheet answers 200 from the sub-folder', async () => {
    const pages = pagePaths();
    expect(pages.length).toBeGreaterThan(50);
    const checked = new Map<string, number>();
    const broken: string[] = [];
    const check = async (url: URL, from: string) => {
      const key = url.origin + url.pathname;
      if (url.origin !== server.origin) return;
      if (!url.pathname.startsWith(BASE)) broken.push(`${from}: ${url.href} is outside ${BASE}`);
      if (!checked.has(key)) checked.set(key, (await fetch(key)).status);
      if (checked.get(key) !== 200) broken.push(`${from}: ${url.href} answers ${checked.get(key)}`);
    };
    for (const path of pages) {
      const res = await fetch(`${server.origin}${path}`);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      for (const raw of urlsIn(html)) await check(new URL(raw, `${server.origin}${path}`), path);
      for (const css of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
        const sheet = new URL(css[1]!, `${server.origin}${path}`);
        for (const m of (await (await fetch(sheet)).text()).matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g))
          if (!m[2]!.startsWith('data:')) await check(new URL(m[2]!, sheet), sheet.pathname);
      }
    }
    expect([...new Set(broken)]).toEqual([]);
    expect(checked.size).toBeGreaterThan(pages.length);
  }, 240_000);

  describe('in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath:
          process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
    }, 60_000);
    afterAll(async () => browser?.close());

    /** A new page that records failed requests (HTTP errors included) and console errors. */
    async function watched(): Promise<{ page: Page; problems: string[] }> {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      context.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
      context.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      return { page, problems };
    }

    it('search loads its index from under the base and links results under it', async () => {
      const { page, problems } = await watched();
      await page.goto(`${site}events/`);
      const box = page.getByRole('combobox', { name: /search/i });
      await box.fill('ISIL');
      const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
      await option.waitFor();
      const hrefs = await page
        .locator('[role="option"][data-href]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(new URL(href, page.url()).pathname.startsWith(BASE), href).toBe(true);
      await page.goto(`${site}search/?q=pledge`);
      const results = page.locator('search-page ol a');
      await results.first().waitFor();
      for (const href of await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
        expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 60_000);

    it('the share dialog gives addresses under the base and downloads the data it fetches', async () => {
      const { page, problems } = await watched();
      await page.goto(`${site}chronology/?from=2014-01&to=2015-06`);
      await page.locator('chrono-chart[data-enhanced]').waitFor();
      await page.getByRole('button', { name: 'Share / embed / download' }).click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByRole('textbox', { name: 'Link' }).inputValue()).toMatch(
        new RegExp(`^${site}chronology/\\?from=`),
      );
      const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
      expect(code).toContain(`src="${site}embed/chronology/?from=`);
      expect(code).toContain(`<script src="${site}embed.js" async></script>`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.split('\r\n')[1]).toContain(`${site}events/`);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 60_000);

    it('embeds (chronology, network) in sandboxed frames on another origin run their charts, honour their URLs and resize', async () => {
      const host = await new Promise<{ origin: string; close: () => void }>((resolve) => {
        // The host page: served from another origin ("localhost") by its own plain server.
        void import('node:http').then(({ createServer }) => {
          const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
            <iframe id="f" src="${site}embed/chronology/?from=2014-01&amp;to=2015-06" title="Chronology" width="100%" height="720" sandbox="allow-scripts" style="border:0"></iframe>
            <iframe id="n" src="${site}embed/network/?at=2015-03-01" title="Network" width="100%" height="980" sandbox="allow-scripts" style="border:0"></iframe>
            <script src="${site}embed.js" async></script></body></html>`;
          const s = createServer((_req, res) =>
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
          );
          s.listen(0, '127.0.0.1', () => {
            const port = (s.address() as { port: number }).port;
            resolve({ origin: `http://localhost:${port}`, close: () => s.close() });
          });
        });
      });
      try {
        const { page, problems } = await watched();
        await page.goto(`${host.origin}/`);
        const frame = page.frameLocator('#f');
        await frame.locator('chrono-chart[data-enhanced]').waitFor();
        await expect.poll(() => frame.locator('.chrono-range').innerText()).toMatch(/^1 January 2014 – 30 June 2015/);
        await expect.poll(() => page.locator('#f').evaluate((el) => el.clientHeight)).not.toBe(720);
        const network = page.frameLocator('#n');
        await network.locator('network-chart .net-slider').waitFor();
        await expect.poll(() => network.locator('.net-date time').getAttribute('datetime')).toBe('2015-03-01');
        await expect.poll(() => page.locator('#n').evaluate((el) => el.clientHeight)).not.toBe(980);
        expect(problems).toEqual([]);
        await page.context().close();
      } finally {
        host.close();
      }
    }, 60_000);
  });
});
