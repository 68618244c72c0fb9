/**
 * Our embeds on somebody else's page: a host page on another origin (a tiny server started here)
 * frames /embed/chronology/ (sandboxed without allow-same-origin, so the frame's origin is
 * opaque) and /embed/events/albu-kamal-pledge/, and loads /embed.js. Both must be readable,
 * their frames must follow their content's height as the host's width changes, the host must
 * receive only the documented message, and nothing may need cookies or storage.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { isResizeMessage } from '../../src/lib/embed';

let server: Server;
let host = '';

test.beforeAll(async ({ baseURL }) => {
  const site = new URL(baseURL!).origin;
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Host page</title>
    <link rel="icon" href="data:,">
    <script>
      // Every message the host receives, from whichever frame.
      window.received = [];
      addEventListener('message', function (e) {
        var frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
        window.received.push({ origin: e.origin, data: e.data, frame: frames.findIndex(function (f) { return f.contentWindow === e.source; }) });
      });
    </script>
  </head>
  <body style="margin:0;font-family:sans-serif">
    <h1>A report that embeds the chronology</h1>
    <iframe id="chart" src="${site}/embed/chronology/?from=2014-01&amp;to=2015-06" title="Chronology" width="100%" height="720" sandbox="allow-scripts" style="border:0;display:block"></iframe>
    <p>Text between the embeds.</p>
    <iframe id="event" src="${site}/embed/events/albu-kamal-pledge/" title="An event" width="100%" height="640" style="border:0;display:block"></iframe>
    <script src="${site}/embed.js" async></script>
  </body>
</html>`;
  server = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? page : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" against the site's 127.0.0.1: another origin and another site, as on the web.
  host = `http://localhost:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The frame's content height and the iframe's height, in CSS pixels. */
async function heights(page: Page, id: string, frame: Frame): Promise<{ content: number; frame: number }> {
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const box = await page.locator(`#${id}`).evaluate((el) => el.clientHeight);
  return { content, frame: box };
}

async function expectFitted(page: Page, id: string, frame: Frame): Promise<number> {
  await expect
    .poll(
      async () => {
        const h = await heights(page, id, frame);
        return Math.abs(h.content - h.frame);
      },
      { message: `#${id} follows its content's height`, timeout: 10_000 },
    )
    .toBeLessThanOrEqual(3);
  return (await heights(page, id, frame)).frame;
}

test('embeds render on another origin, follow their content height, and send only documented messages', async ({
  page,
  context,
  baseURL,
}) => {
  const site = new URL(baseURL!).origin;
  const consoleErrors: { text: string; url: string }[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push({ text: m.text(), url: m.location().url });
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(host);

  const chartFrame = page.frame({ url: /\/embed\/chronology\// })!;
  const eventFrame = page.frame({ url: /\/embed\/events\/albu-kamal-pledge\// })!;
  expect(chartFrame).toBeTruthy();
  expect(eventFrame).toBeTruthy();

  // Content is visible inside both frames.
  const chart = page.frameLocator('#chart');
  const event = page.frameLocator('#event');
  await expect(chart.getByRole('heading', { level: 1 })).toHaveText('Who allied, split, pledged and made truces');
  await expect(chart.locator('svg.chrono-svg-wide')).toBeVisible();
  await expect(chart.locator('.embed-credit a').first()).toBeVisible();
  await expect(event.getByRole('heading', { level: 1 })).toContainText('Albu Kamal');
  await expect(event.locator('blockquote').first()).toBeVisible();

  // Heights follow the content, then follow it again once the host narrows and the content reflows.
  const wide = {
    chart: await expectFitted(page, 'chart', chartFrame),
    event: await expectFitted(page, 'event', eventFrame),
  };
  await page.setViewportSize({ width: 560, height: 900 });
  // Frames from another site live in another process and get their new width a moment later.
  for (const f of [chartFrame, eventFrame])
    await expect.poll(() => f.evaluate(() => innerWidth)).toBeLessThanOrEqual(560);
  await expect(chart.locator('svg.chrono-svg-narrow')).toBeVisible();
  const narrow = {
    chart: await expectFitted(page, 'chart', chartFrame),
    event: await expectFitted(page, 'event', eventFrame),
  };
  expect(narrow.chart).not.toBe(wide.chart);
  expect(narrow.event).not.toBe(wide.event);

  // embed.js trusts frames only: a well-formed message from the host window itself changes nothing.
  await page.evaluate(() =>
    window.postMessage({ source: 'jihadist-chronology-embed', version: 1, type: 'resize', height: 123 }, '*'),
  );
  await page.waitForTimeout(200);
  expect((await heights(page, 'chart', chartFrame)).frame).toBe(narrow.chart);

  // Every message the host received has the documented shape, from one of our frames.
  const received = await page.evaluate(
    () => (window as unknown as { received: { origin: string; data: unknown; frame: number }[] }).received,
  );
  const fromFrames = received.filter((m) => m.frame >= 0);
  expect(fromFrames.filter((m) => m.frame === 0).length).toBeGreaterThan(0);
  expect(fromFrames.filter((m) => m.frame === 1).length).toBeGreaterThan(0);
  for (const m of fromFrames) {
    expect(isResizeMessage(m.data), JSON.stringify(m.data)).toBe(true);
    expect(Object.keys(m.data as object).sort()).toEqual(['height', 'source', 'type', 'version']);
    // The sandboxed frame has an opaque origin ("null"); the other is the site's.
    expect(m.origin).toBe(m.frame === 0 ? 'null' : site);
  }
  expect(received.filter((m) => m.frame < 0)).toHaveLength(1); // the forged one above, ours

  // No cookies, no storage. The sandboxed frame cannot even reach storage; the other one, a
  // third party here, may be refused it too (Chromium blocks third-party storage), or finds it
  // empty. Either way it rendered and nothing failed.
  expect(await context.cookies()).toEqual([]);
  const storage = (f: Frame) =>
    f.evaluate(() =>
      (['localStorage', 'sessionStorage'] as const).map((name) => {
        try {
          return String(window[name].length);
        } catch (e) {
          return (e as Error).name;
        }
      }),
    );
  expect(await storage(chartFrame)).toEqual(['SecurityError', 'SecurityError']);
  for (const s of await storage(eventFrame)) expect(['0', 'SecurityError']).toContain(s);
  expect(await eventFrame.evaluate(() => document.cookie)).toBe('');
  expect(pageErrors).toEqual([]);

  // The one error a default static host causes: in the opaque-origin frame, module scripts are
  // CORS requests, blocked without Access-Control-Allow-Origin (see README). The embed stays
  // readable and resizes (above); with the header, the chart is interactive and nothing is logged.
  const enhanced = await chart.locator('chrono-chart[data-enhanced]').count();
  const blocked = consoleErrors.filter(
    (e) =>
      /from origin 'null' has been blocked by CORS policy/.test(e.text) ||
      (/net::ERR_FAILED/.test(e.text) && new URL(e.url).pathname.startsWith('/_astro/')),
  );
  expect(consoleErrors.filter((e) => !blocked.includes(e))).toEqual([]);
  if (enhanced === 0) expect(blocked.length).toBeGreaterThan(0);
  else expect(blocked).toEqual([]);
  // The unsandboxed frame is interactive either way.
  await expect(event.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
});
