/**
 * The network embed on somebody else's page: a host on another origin frames /embed/network/
 * (sandboxed as the site's embed code does) and loads /embed.js; the frame must show the
 * network, run its script and follow its content's height as the host narrows, sending only
 * resize messages, with no error.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { isResizeMessage } from '../../src/lib/embed';

test.describe('embed', () => {
  let server: Server;
  let host = '';
  test.beforeAll(async ({ baseURL }) => {
    const site = new URL(baseURL!).origin;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>A report</h1>
<iframe id="net" src="${site}/embed/network/?at=2014-06-25" title="Network" width="100%" height="980" sandbox="allow-scripts" style="border:0;display:block"></iframe>
<script src="${site}/embed.js" async></script></body></html>`;
    server = createServer((req, res) => {
      res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.url === '/' ? html : 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://localhost:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('the network embed renders on another origin and follows its content height', async ({ page }) => {
    const consoleErrors: { text: string; url: string }[] = [];
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push({ text: m.text(), url: m.location().url });
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const messages: unknown[] = [];
    await page.exposeFunction('__record', (m: unknown) => messages.push(m));
    await page.addInitScript(() =>
      addEventListener('message', (e) => (window as unknown as { __record: (m: unknown) => void }).__record(e.data)),
    );
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(host);
    const frame = page.frameLocator('#net');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Who was aligned with whom, on a given date');
    await expect(frame.locator('svg.net-svg-wide')).toBeVisible();
    const fitted = async () => {
      const content = await page
        .frame({ url: /\/embed\/network\// })!
        .evaluate(() => document.documentElement.getBoundingClientRect().height);
      const box = await page.locator('#net').evaluate((el) => el.clientHeight);
      return Math.abs(content - box);
    };
    await expect.poll(fitted, { timeout: 10_000 }).toBeLessThanOrEqual(3);
    const wide = await page.locator('#net').evaluate((el) => el.clientHeight);
    await page.setViewportSize({ width: 420, height: 900 });
    await expect(frame.locator('svg.net-svg-narrow')).toBeVisible();
    await expect.poll(fitted, { timeout: 10_000 }).toBeLessThanOrEqual(3);
    expect(await page.locator('#net').evaluate((el) => el.clientHeight)).not.toBe(wide);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(isResizeMessage(m), JSON.stringify(m)).toBe(true);
    // Its code is one classic script (no module script, so no CORS request from the opaque origin):
    // it runs, and nothing fails (embed.spec.ts tests the view, heights and history in more depth).
    await expect(frame.locator('network-chart .net-slider')).toBeVisible();
    // The table is folded so the frame stays short in a report; opening it grows the frame.
    const folded = await page.locator('#net').evaluate((el) => el.clientHeight);
    await expect(frame.locator('.net-table')).toBeHidden();
    await frame.getByText('The relationships on this date as a table').click();
    await expect(frame.locator('.net-table')).toBeVisible();
    await expect.poll(fitted, { timeout: 10_000 }).toBeLessThanOrEqual(3);
    expect(await page.locator('#net').evaluate((el) => el.clientHeight)).toBeGreaterThan(folded + 200);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
