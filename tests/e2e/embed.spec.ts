/**
 * Our embeds in somebody else's report: a host page on another origin, served by a plain static
 * server (no special headers, like GitHub Pages), frames
 * - #chart: /embed/chronology/ with a period and a type filter, sandboxed with only allow-scripts
 *   (an opaque origin: the strictest frame a host may use);
 * - #open: the same view plus a selected event, unsandboxed;
 * - #event: an event embed with the sandbox of the dialog's embed code;
 * - #foreign: a frame of the host's own origin that sends our message shape;
 * and loads /embed.js. Each embed must honour its URL and run its chart, report a first height
 * within 5 % of its final one, follow the host's width (frames scrolled out of view included),
 * send only the documented message, and log no error; embed.js must ignore every message that is
 * not from one of our frames' own origin. A second host page does the same with the network embed
 * (sandboxed, and unsandboxed below the fold). Clicks inside any embed change only the frame's
 * URL (replaceState): they add no Back step to the host page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EMBED_SANDBOX, isResizeMessage } from '../../src/lib/embed';

let server: Server;
let host = '';
const VIEW = 'from=2014-01&to=2015-06&types=pledge';
/** A relationship period of the site's data (checked in beforeAll), opened in the unsandboxed network frame. */
const PERIOD = 'affiliation:al-qaeda--nusra:al-qaeda-recognises-nusra';

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
    <iframe id="chart" src="${site}/embed/chronology/?${VIEW.replace(/&/g, '&amp;')}" title="Chronology" width="100%" height="720" sandbox="allow-scripts" style="border:0;display:block"></iframe>
    <p>Text between the embeds.</p>
    <iframe id="open" src="${site}/embed/chronology/?${VIEW.replace(/&/g, '&amp;')}&amp;event=albu-kamal-pledge" title="Chronology, one event selected" width="100%" height="720" style="border:0;display:block"></iframe>
    <iframe id="event" src="${site}/embed/events/albu-kamal-pledge/" title="An event" width="100%" height="640" sandbox="${EMBED_SANDBOX}" style="border:0;display:block"></iframe>
    <iframe id="foreign" src="/foreign" title="Somebody else's frame" width="100%" height="200" style="border:0;display:block"></iframe>
    <script src="${site}/embed.js" async></script>
  </body>
</html>`;
  // Another origin's frame that speaks our protocol: embed.js must not resize it.
  const foreign = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Foreign</title></head><body><script>
    setInterval(function () { parent.postMessage({ source: 'jihadist-chronology-embed', version: 1, type: 'resize', height: 321 }, '*'); }, 100);
  </script></body></html>`;
  const periods = ((await (await fetch(`${site}/data/relationships.json`)).json()) as { periods: { id: string }[] }).periods;
  expect(periods.map((p) => p.id)).toContain(PERIOD);
  // The network embed: sandboxed as strictly as a host may, and unsandboxed with a tie's details open, below the fold.
  const network = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Host page with the network</title>
    <link rel="icon" href="data:,">
    <script>
      window.received = [];
      addEventListener('message', function (e) {
        var frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
        window.received.push({ origin: e.origin, data: e.data, frame: frames.findIndex(function (f) { return f.contentWindow === e.source; }) });
      });
    </script>
  </head>
  <body style="margin:0;font-family:sans-serif">
    <h1>A report that embeds the network</h1>
    <iframe id="net" src="${site}/embed/network/?at=2015-03-01&amp;group=nusra" title="Network" width="100%" height="980" sandbox="allow-scripts" style="border:0;display:block"></iframe>
    <p>Text between the embeds.</p>
    <iframe id="net-open" src="${site}/embed/network/?at=2014-06-25&amp;period=${encodeURIComponent(PERIOD)}" title="Network, one tie open" width="100%" height="980" style="border:0;display:block"></iframe>
    <script src="${site}/embed.js" async></script>
  </body>
</html>`;
  server = createServer((req, res) => {
    const body = req.url === '/' ? page : req.url === '/network' ? network : req.url === '/foreign' ? foreign : null;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost" against the site's 127.0.0.1: another origin and another site, as on the web.
  host = `http://localhost:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type Received = { origin: string; data: { height: number }; frame: number };
const FRAMES = ['chart', 'open', 'event'] as const;

/** Messages the host received from frame `index` (its position among the page's iframes). */
async function messages(page: Page, index: number): Promise<Received[]> {
  const all = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
  return all.filter((m) => m.frame === index);
}

/** The frame's content height (forcing layout, as the sender does) and the iframe's height. */
async function heights(page: Page, id: string, frame: Frame): Promise<{ content: number; frame: number }> {
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const box = await page.locator(`#${id}`).evaluate((el) => el.clientHeight);
  return { content, frame: box };
}

/**
 * Waits until the iframe's height is its content's (event-driven: the sender reports every
 * change, on screen or not; no fixed sleep), and returns it.
 */
async function fitted(page: Page, id: string, frame: Frame): Promise<number> {
  await expect
    .poll(
      async () => {
        const h = await heights(page, id, frame);
        return Math.abs(h.content - h.frame);
      },
      { message: `#${id} follows its content's height`, timeout: 30_000, intervals: [100, 250, 500] },
    )
    .toBeLessThanOrEqual(1);
  return (await heights(page, id, frame)).frame;
}

test('embeds on another origin honour their URL, size themselves without jumps and accept only our frames', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const site = new URL(baseURL!).origin;
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === site) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(host);

  const frames = {} as Record<(typeof FRAMES)[number], Frame>;
  for (const id of FRAMES) {
    frames[id] = (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;
    expect(frames[id], id).toBeTruthy();
  }

  // The chart runs in both frames, sandboxed or not, and shows the view its URL asks for.
  for (const id of ['chart', 'open'] as const) {
    const chart = page.frameLocator(`#${id}`);
    await expect(chart.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
    await expect(chart.locator('.chrono-range')).toHaveText(/^1 January 2014 – 30 June 2015 · \d+ of \d+ events$/);
    await expect(chart.locator('input[name="types"][value="pledge"]')).toBeChecked();
    await expect(chart.locator('input[name="types"][value="split"]')).not.toBeChecked();
  }
  await expect(page.frameLocator('#open').locator('.chrono-panel')).toBeVisible();
  await expect(page.frameLocator('#open').locator('.chrono-panel')).toContainText('Albu Kamal');
  const event = page.frameLocator('#event');
  await expect(event.getByRole('heading', { level: 1 })).toContainText('Albu Kamal');
  await expect(event.locator('chrono-chart[data-enhanced]')).toHaveCount(1);

  // Heights: each frame ends fitted to its content, and its first report was already within 5 % of that.
  const wide: Record<string, number> = {};
  for (const [i, id] of FRAMES.entries()) {
    wide[id] = await fitted(page, id, frames[id]);
    const first = (await messages(page, i))[0]!;
    expect(first, `#${id} reported its height`).toBeTruthy();
    expect(
      Math.abs(first.data.height - wide[id]!) / wide[id]!,
      `#${id}: first height ${first.data.height}, final ${wide[id]}`,
    ).toBeLessThanOrEqual(0.05);
  }

  // Clicks inside the embeds change the frames' own URLs and add no Back step to the host page.
  const steps = await page.evaluate(() => history.length);
  for (const id of ['chart', 'open'] as const) {
    const chart = page.frameLocator(`#${id}`);
    const before = await frames[id].evaluate(() => location.search);
    await chart.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => frames[id].evaluate(() => location.search), `#${id} writes its view`).not.toBe(before);
    await chart.getByRole('button', { name: 'Table view' }).click();
    await expect.poll(() => frames[id].evaluate(() => new URLSearchParams(location.search).get('view'))).toBe('table');
    await chart.getByRole('button', { name: 'Table view' }).click();
    await expect.poll(() => frames[id].evaluate(() => new URLSearchParams(location.search).get('view'))).toBeNull();
  }
  expect(await page.evaluate(() => history.length), 'history entries of the host page').toBe(steps);
  for (const id of ['chart', 'open'] as const) await fitted(page, id, frames[id]);

  // The host narrows: every frame follows, those scrolled out of view too (#event is far below the fold).
  // A frame learns its new width only when the browser tells it: Chromium sometimes holds that back
  // for a cross-origin frame far out of view until it nears the viewport (seen here both ways, from
  // one run to the next). The embed cannot change that; what it must do is report the new height as
  // soon as it has the width, without waiting to be rendered (timers, not observers: see the unit
  // tests of RESIZE_SCRIPT). So: wait for the width where the frame is; if it never came, bring the
  // frame into view, where it must come; then the frame must fit its content either way.
  expect(await page.locator('#event').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(900);
  await page.setViewportSize({ width: 560, height: 900 });
  for (const id of FRAMES) {
    const width = () => frames[id].evaluate(() => innerWidth);
    const arrived = await expect
      .poll(width, { timeout: 5_000 })
      .toBeLessThanOrEqual(560)
      .then(
        () => true,
        () => false,
      );
    if (!arrived) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect
        .poll(width, { message: `#${id} gets its new width once in view`, timeout: 10_000 })
        .toBeLessThanOrEqual(560);
    }
    const narrow = await fitted(page, id, frames[id]);
    expect(narrow, `#${id} changed height with the width`).not.toBe(wide[id]);
  }
  await expect(page.frameLocator('#chart').locator('svg.chrono-svg-narrow')).toBeVisible();

  // embed.js ignores the foreign frame (right shape, wrong origin) and the host's own window.
  await page.evaluate(() =>
    window.postMessage({ source: 'jihadist-chronology-embed', version: 1, type: 'resize', height: 123 }, '*'),
  );
  await expect.poll(async () => (await messages(page, 3)).length).toBeGreaterThan(3);
  expect(await page.locator('#foreign').evaluate((el) => el.clientHeight)).toBe(200);
  expect(await page.locator('#chart').evaluate((el) => el.clientHeight)).not.toBe(123);

  // Our frames sent only the documented message, from their own origin ("null" when sandboxed without allow-same-origin).
  for (const [i, id] of FRAMES.entries()) {
    const own = id === 'open' ? site : 'null';
    for (const m of await messages(page, i)) {
      expect(isResizeMessage(m.data), JSON.stringify(m.data)).toBe(true);
      expect(Object.keys(m.data).sort()).toEqual(['height', 'source', 'type', 'version']);
      expect(m.origin).toBe(own);
    }
  }

  // "Open the full view" keeps the period, filters and selected event.
  const [full] = await Promise.all([
    context.waitForEvent('page'),
    page.frameLocator('#open').getByRole('link', { name: 'Open the full view' }).click(),
  ]);
  await full.waitForLoadState();
  const url = new URL(full.url());
  expect(url.pathname).toBe('/chronology/');
  expect(url.search).toBe(await frames.open.evaluate(() => location.search));
  expect(url.searchParams.get('types')).toBe('pledge');
  expect(url.searchParams.get('event')).toBe('albu-kamal-pledge');
  await expect(full.locator('.chrono-range')).toHaveText(
    await page.frameLocator('#open').locator('.chrono-range').innerText(),
  );
  await expect(full.locator('.chrono-panel')).toContainText('Albu Kamal');
  await full.close();

  // Nothing stored, and nothing failed: no console error, no missing file (favicon included).
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
  expect(await storage(frames.chart)).toEqual(['SecurityError', 'SecurityError']);
  for (const s of await storage(frames.open)) expect(['0', 'SecurityError']).toContain(s);
  expect(errors).toEqual([]);
});

test('the network embed on another origin honours its URL in sandboxed and unsandboxed frames, sizes itself without jumps and adds no Back step', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const site = new URL(baseURL!).origin;
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === site) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${host}network`);
  const ids = ['net', 'net-open'] as const;
  const frames = {} as Record<(typeof ids)[number], Frame>;
  for (const id of ids) frames[id] = (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;
  expect(await page.locator('#net-open').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(900);

  // The network's script runs in both frames (the date controls appear) and shows the view the URL asks for.
  const net = page.frameLocator('#net');
  const open = page.frameLocator('#net-open');
  for (const [chart, day] of [
    [net, '2015-03-01'],
    [open, '2014-06-25'],
  ] as const) {
    await expect(chart.locator('network-chart .net-slider')).toBeVisible();
    await expect(chart.locator('.net-date time')).toHaveAttribute('datetime', day);
    await expect(chart.locator('.net-panel')).toBeVisible();
  }
  await expect(net.locator('.net-panel')).toContainText('al-Nusra');
  await expect(open.locator('.net-panel')).toContainText('al-Qaeda');

  // Heights: each frame ends fitted to its content, and its first report was within 5 % of that.
  const wide: Record<string, number> = {};
  for (const [i, id] of ids.entries()) {
    wide[id] = await fitted(page, id, frames[id]);
    const first = (await messages(page, i))[0]!;
    expect(first, `#${id} reported its height`).toBeTruthy();
    expect(
      Math.abs(first.data.height - wide[id]!) / wide[id]!,
      `#${id}: first height ${first.data.height}, final ${wide[id]}`,
    ).toBeLessThanOrEqual(0.05);
  }

  // Stepping through dates changes the frame's URL, not the host's history.
  const steps = await page.evaluate(() => history.length);
  for (const [id, chart] of [
    ['net', net],
    ['net-open', open],
  ] as const) {
    const before = await frames[id].evaluate(() => new URLSearchParams(location.search).get('at'));
    await chart.getByRole('button', { name: 'Next change' }).click();
    await expect
      .poll(() => frames[id].evaluate(() => new URLSearchParams(location.search).get('at')), `#${id} writes its date`)
      .not.toBe(before);
  }
  expect(await page.evaluate(() => history.length), 'history entries of the host page').toBe(steps);

  // The host narrows: both frames follow (the one below the fold when the browser passes it the width).
  await page.setViewportSize({ width: 560, height: 900 });
  for (const id of ids) {
    const width = () => frames[id].evaluate(() => innerWidth);
    const arrived = await expect
      .poll(width, { timeout: 5_000 })
      .toBeLessThanOrEqual(560)
      .then(
        () => true,
        () => false,
      );
    if (!arrived) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(width, { message: `#${id} gets its new width once in view`, timeout: 10_000 }).toBeLessThanOrEqual(560);
    }
    const narrow = await fitted(page, id, frames[id]);
    expect(narrow, `#${id} changed height with the width`).not.toBe(wide[id]);
  }
  await expect(net.locator('svg.net-svg-narrow')).toBeVisible();

  // Only the documented message, from each frame's own origin.
  for (const [i, id] of ids.entries()) {
    const own = id === 'net-open' ? site : 'null';
    for (const m of await messages(page, i)) {
      expect(isResizeMessage(m.data), JSON.stringify(m.data)).toBe(true);
      expect(m.origin).toBe(own);
    }
  }

  // "Open the full view" opens /network/ on the embed's date and selection.
  const [full] = await Promise.all([context.waitForEvent('page'), open.getByRole('link', { name: 'Open the full view' }).click()]);
  await full.waitForLoadState();
  const url = new URL(full.url());
  expect(url.pathname).toBe('/network/');
  expect(url.search).toBe(await frames['net-open'].evaluate(() => location.search));
  await expect(full.locator('.net-date time')).toHaveAttribute(
    'datetime',
    (await frames['net-open'].evaluate(() => new URLSearchParams(location.search).get('at')))!,
  );
  await full.close();
  expect(errors).toEqual([]);
});

test('the chronology embed folds its legend and table, and a frame opened on ?event= shows the details at its top', async ({ page }) => {
  for (const width of [360, 800, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/embed/chronology/?event=albu-kamal-pledge');
    await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
    for (const fold of ['.chrono-key', '.chrono-table-fold']) {
      await expect(page.locator(`details${fold}`), `${fold} at ${width}`).toHaveCount(1);
      await expect(page.locator(`details${fold}`), `${fold} at ${width}`).not.toHaveAttribute('open');
    }
    const panel = page.locator('.chrono-panel');
    await expect(panel).toContainText('Albu Kamal');
    // The panel starts within the frame's first screen, whatever the chart's height below it.
    const top = await panel.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(top, `panel top at ${width}px`).toBeLessThan(400);
  }
  // The table view unfolds the table.
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.locator('details.chrono-table-fold')).toHaveAttribute('open', '');
  await expect(page.locator('.chrono-table tbody tr:visible').first()).toBeVisible();
});

