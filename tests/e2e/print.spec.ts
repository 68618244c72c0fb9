/**
 * Printing: a clean page (no navigation, header tools, chart controls, filters or dialog), the
 * wide chart fitted to an A4 page's width showing the reader's view in light colours, link
 * targets written out except inside the chart, citations kept whole, and a PDF comes out.
 */
import { expect, test, type Page } from '@playwright/test';

/** An A4 page's printable width at 96 CSS px per inch, with 1 cm margins. */
const A4 = { width: 718, height: 1047 };

const after = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);

test('the chronology prints as the current view, fitted and uncluttered', async ({ page }) => {
  await page.setViewportSize(A4);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/chronology/?from=2014-01&to=2015-06');
  await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
  // On screen this width shows the medium variant; print must show the wide one, with this view.
  await expect(page.locator('svg.chrono-svg-medium')).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  for (const hidden of [
    '.site-header nav',
    '.header-tools',
    '.skip-link',
    '.chrono-toolbar button',
    '.chrono-filters',
    '.chrono-overview',
    'dialog.chrono-share',
    '.chrono-downloads',
  ])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  await expect(page.locator('.chrono-range')).toBeVisible();

  const wide = page.locator('svg.chrono-svg-wide');
  await expect(wide).toBeVisible();
  await expect(page.locator('svg.chrono-svg-medium')).toBeHidden();
  await expect(page.locator('svg.chrono-svg-narrow')).toBeHidden();
  await expect(wide).toHaveAttribute('data-view', /^2014-01-01\/2015-06-30$/);
  const box = (await wide.boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(main.x - 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(main.x + main.width + 0.5);
  expect(box.width).toBeGreaterThan(A4.width * 0.8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4.width);

  // Light colours on paper, whatever the screen theme.
  const fill = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
  expect(await fill('svg.chrono-svg-wide .lineage-bg')).toBe('rgb(244, 244, 241)');
  expect(await fill('svg.chrono-svg-wide .f-allegiance .sym')).toBe('rgb(0, 114, 178)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

  // The table prints too (rows of this view); the chart's links get no URL after them, the page's do.
  await expect(page.locator('.chrono-table')).toBeVisible();
  expect(await after(page, '.chrono-table a')).toBe('none');
  expect(await after(page, '.site-footer a[href="/data/"]')).toBe('" (/data/)"');
  expect(await after(page, '.site-title')).toBe('none');
  await expect(page.locator('.print-url')).toBeVisible();
  await expect(page.locator('.print-url')).toContainText('/chronology/');

  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
});

test('an event page prints its citations whole, without navigation', async ({ page }) => {
  await page.setViewportSize(A4);
  await page.goto('/events/albu-kamal-pledge/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    '.site-header nav',
    'nav.breadcrumbs',
    'nav.pager',
    '.chrono-toolbar button',
    'cite-box button',
  ])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  const citations = page.locator('ol.citations > li');
  expect(await citations.count()).toBeGreaterThan(0);
  await expect(citations.first().locator('blockquote')).toBeVisible();
  expect(await citations.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  const source = page.locator('ol.citations a[href^="/sources/"]').first();
  expect(await after(page, 'ol.citations a[href^="/sources/"]')).toBe(`" (${await source.getAttribute('href')})"`);
  // Printed before the reader came near it, the event's chart (deferred, in a prose-width
  // column: no wide variant on the page) prints its server-rendered medium variant.
  const chart = page.locator('#around-chart svg.chrono-svg-medium');
  await expect(chart).toBeVisible();
  expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(A4.width);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
