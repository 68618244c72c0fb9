/**
 * The Share / embed / download dialog: keyboard use and axe, the link and embed code of the
 * exact view, PNG downloads at the stated pixel sizes, and CSV/JSON downloads holding exactly
 * the events the table view shows, in the published files' format. Without JavaScript, no
 * button but plain links to the data and the static snapshots.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FALLBACK_HEIGHT } from '../../src/lib/embed';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // A chart further down the page (an event's) starts only when the reader comes near it.
  await page.locator('chrono-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
}

const opener = (page: Page) => page.getByRole('button', { name: 'Share / embed / download' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share, embed or download' });

async function open(page: Page): Promise<Locator> {
  await opener(page).click();
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

/** Clicks a download button and returns the file's bytes. */
async function download(page: Page, name: string | RegExp): Promise<{ bytes: Buffer; file: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name }).click()]);
  return { bytes: readFileSync((await file.path())!), file: file.suggestedFilename() };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else field += c;
  }
  return rows;
}

/** Pixel size from a PNG's IHDR chunk (bytes 16–23). */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

test('opens by keyboard, is labelled, passes axe, copies the exact view and closes with Escape', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await ready(page, '/chronology/?from=2014-01&to=2015-06&types=pledge');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2014-01-01&to=2015-06-30&types=pledge');
    await opener(page).focus();
    await page.keyboard.press('Enter');
    const d = dialog(page);
    await expect(d).toBeVisible();
    expect(await d.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // The rest of the page is inert while the dialog is open.
    expect(await page.evaluate(() => document.querySelector('dialog.chrono-share')!.matches(':modal'))).toBe(true);

    const results = await new AxeBuilder({ page }).include('dialog.chrono-share').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const link = d.getByRole('textbox', { name: 'Link' });
    await expect(link).toHaveValue(page.url());
    const code = await d.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const origin = new URL(page.url()).origin;
    expect(code).toBe(
      `<iframe src="${origin}/embed/chronology/?from=2014-01-01&amp;to=2015-06-30&amp;types=pledge" ` +
        `title="Chronology of jihadist alliances, splits, pledges and truces" width="100%" height="2640" loading="lazy" ` +
        `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width:100%;border:0"></iframe>\n` +
        `<script src="${origin}/embed.js" async></script>`,
    );

    // Keyboard only: Tab to "Copy link", Enter, and the clipboard has the view's URL.
    const copyLink = d.getByRole('button', { name: 'Copy link' });
    for (let i = 0; i < 6 && !(await copyLink.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(copyLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(d.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(d.getByRole('button', { name: 'Copy embed code' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(d.getByRole('status')).toHaveText('Embed code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.keyboard.press('Escape');
    await expect(d).toBeHidden();
    await expect(opener(page)).toBeFocused();
  }
});

test('downloads PNGs at twice the on-screen size and at print size, and a standalone SVG', async ({ page }) => {
  await ready(page, '/chronology/?from=2013&to=2015');
  const shown = (await page.locator('chrono-chart svg.chrono-svg-wide').boundingBox())!;
  await open(page);
  const svg = (await download(page, 'SVG (vector)')).bytes.toString('utf8');
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).not.toMatch(/<script|<style|class="|var\(/);
  const w = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);
  const h = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
  // Drawn for A4 text width (the print variant), with direct labels and the time scale stated.
  expect(w).toBe(680);
  expect((svg.match(/<text [^>]*paint-order[^>]*>/g) ?? []).length).toBeGreaterThan(10);
  expect(svg).toContain('Time scale:');

  const screen = await download(page, /^PNG for screens/);
  const expected = Math.round(2 * shown.width);
  expect(pngSize(screen.bytes)).toEqual([expected, Math.round((h * expected) / w)]);
  await expect(dialog(page).getByRole('button', { name: /^PNG for screens/ })).toContainText(
    `${expected} × ${Math.round((h * expected) / w)} px`,
  );

  const print = await download(page, /^PNG for print/);
  expect(pngSize(print.bytes)).toEqual([2008, Math.round((h * 2008) / w)]);
  expect(print.file).toBe('chronology-2013-01-01-to-2015-12-31-print.png');
  // 300 dpi recorded (pHYs, pixels per metre), so documents place it at 170 mm.
  const phys = print.bytes.indexOf('pHYs');
  expect(print.bytes.readUInt32BE(phys + 4)).toBe(11811);
});

test('CSV and JSON hold exactly the events of the table view, in the published format', async ({ page, request }) => {
  const publishedJson = await (await request.get('/data/events.json')).text();
  const publishedCsv = await (await request.get('/data/events.csv')).text();

  // The whole chronology, unfiltered: the downloads are the published files, byte for byte.
  await ready(page, '/chronology/');
  await open(page);
  expect((await download(page, 'JSON')).bytes.toString('utf8')).toBe(publishedJson);
  expect((await download(page, 'CSV')).bytes.toString('utf8')).toBe(publishedCsv);
  await page.keyboard.press('Escape');

  // A zoomed range and a filter: drop the commonest kind of event in the range.
  await ready(page, '/chronology/?from=2014-01&to=2015-06');
  const data = JSON.parse(publishedJson) as {
    events: { id: string; type: string; date: { start: string; end: string } }[];
  };
  const inRange = data.events.filter((e) => e.date.start <= '2015-06-30' && e.date.end >= '2014-01-01');
  const counts = new Map<string, number>();
  for (const e of inRange) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const dropped = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  await page.locator('.chrono-filters summary').click();
  await page.locator(`.chrono-filters input[name="types"][value="${dropped}"]`).uncheck();
  await expect.poll(() => new URL(page.url()).searchParams.get('types')).not.toBeNull();
  await page.getByRole('button', { name: 'Table view' }).click();
  const rows = page.locator('.chrono-table tbody tr:visible');
  const expected = inRange.filter((e) => e.type !== dropped).map((e) => e.id);
  await expect(rows).toHaveCount(expected.length);
  const tableIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
  expect(tableIds).toEqual(expected);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(inRange.length);

  await open(page);
  await expect(dialog(page)).toContainText(`The ${expected.length} events of this view`);
  const json = JSON.parse((await download(page, 'JSON')).bytes.toString('utf8'));
  expect(json.events.map((e: { id: string }) => e.id)).toEqual(tableIds);
  // Same file shape, and each event exactly as published.
  const published = JSON.parse(publishedJson);
  expect(Object.keys(json)).toEqual(Object.keys(published));
  expect(json.vocabulary).toEqual(published.vocabulary);
  const byId = new Map(published.events.map((e: { id: string }) => [e.id, e]));
  for (const e of json.events) expect(e).toEqual(byId.get(e.id));

  const csv = (await download(page, 'CSV')).bytes.toString('utf8');
  const [header, ...records] = csvRecords(csv);
  const [publishedHeader, ...publishedRecords] = csvRecords(publishedCsv);
  expect(header).toEqual(publishedHeader);
  expect(records.map((r) => r[0])).toEqual(tableIds);
  const publishedRow = new Map(publishedRecords.map((r) => [r[0], r]));
  for (const r of records) expect(r).toEqual(publishedRow.get(r[0]));
});

test('on an event page the dialog shares the event page and its embed', async ({ page }) => {
  await ready(page, '/events/albu-kamal-pledge/');
  const d = await open(page);
  const origin = new URL(page.url()).origin;
  await expect(d.getByRole('textbox', { name: 'Link' })).toHaveValue(`${origin}/events/albu-kamal-pledge/`);
  const code = await d.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain(`src="${origin}/embed/events/albu-kamal-pledge/"`);
  expect(code).toContain(`height="${FALLBACK_HEIGHT.event}"`);
  const results = await new AxeBuilder({ page }).include('dialog.chrono-share').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  const svg = (await download(page, 'SVG (vector)')).bytes.toString('utf8');
  expect(svg).toContain(`href="${origin}/events/albu-kamal-pledge/"`);
});

test('the oEmbed file of a page gives exactly the embed code its dialog gives for the default view', async ({ page, request }) => {
  for (const path of ['/chronology/', '/events/albu-kamal-pledge/']) {
    await ready(page, path);
    const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = (await (await request.get(new URL(discovery!).pathname)).json()) as { type: string; html: string };
    expect(oembed.type).toBe('rich');
    const d = await open(page);
    expect(await d.getByRole('textbox', { name: 'Embed code' }).inputValue()).toBe(oembed.html);
    await page.keyboard.press('Escape');
  }
});

test('the network’s oEmbed file gives exactly the code of its embed box for the date it opens on', async ({ page, request }) => {
  await page.goto('/network/');
  await expect(page.locator('network-chart .net-slider')).toBeVisible();
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const oembed = (await (await request.get(new URL(discovery!).pathname)).json()) as { type: string; html: string; title: string };
  expect(oembed.type).toBe('rich');
  await page.getByText('Embed this view').click();
  expect(await page.locator('textarea[data-field="embed"]').inputValue()).toBe(oembed.html);
  expect(oembed.title).toBe(`Alliance network on ${await page.locator('.net-date time').innerText()}`);
});

test('without JavaScript there is no button, and plain links to the data and the snapshots work', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/chronology/');
  await expect(page.getByRole('button', { name: 'Share / embed / download' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const links = page.locator('.chrono-downloads a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([
    '/data/events.csv',
    '/data/events.json',
    '/charts/chronology.svg',
    '/charts/chronology.png',
    '/embed/chronology/',
  ]);
  for (const [href, type] of [
    ['/charts/chronology.svg', 'image/svg+xml'],
    ['/charts/chronology.png', 'image/png'],
  ] as const) {
    const res = await request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain(type);
  }
  await context.close();
});
