/**
 * The relationship network in the browser: the no-JavaScript view, date changes by slider, step
 * buttons and keys (and the URL), deep links, details of a tie and of a group, the roll-up
 * toggle, downloads, phones, and axe in both themes (the embed: network-embed.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const dateLabel = (page: import('@playwright/test').Page) => page.locator('.net-date time');

test('reads without JavaScript: the SVG at the default date and the table of its ties', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/network/');
  await expect(page.getByRole('heading', { name: 'Relationships on 25 June 2014' })).toBeVisible();
  const rows = page.locator('.net-table tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('.net-table')).toContainText('Albu Kamal');
  await expect(page.locator('.net-table')).toContainText('Affiliation or branch');
  await expect(page.locator('svg.net-svg-wide .edge').first()).toBeVisible();
  await expect(page.locator('.net-slider')).toBeHidden();
  // The static snapshot is offered instead of the script's downloads.
  await expect(page.locator('a[href="/charts/network.png"]')).toBeVisible();
  await context.close();
});

test('the slider, the step buttons and the keys change the date and the URL', async ({ page }) => {
  await page.goto('/network/');
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', '25 June 2014');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dateLabel(page)).toHaveText('26 June 2014');
  await expect(page).toHaveURL(/\?at=2014-06-26$/);
  await expect(page.getByRole('heading', { name: 'Relationships on 26 June 2014' })).toBeVisible();

  // The URL follows once the date settles (a quarter of a second), like the table.
  const at = () => new URL(page.url()).searchParams.get('at')!;
  await page.getByRole('button', { name: 'Previous change' }).click();
  await expect.poll(at).not.toBe('2014-06-26');
  const previous = at();
  expect(previous < '2014-06-26').toBe(true);
  await page.getByRole('button', { name: 'Next change' }).click();
  await expect.poll(at).not.toBe(previous);
  const next = at();
  expect(next > previous).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => new URL(page.url()).searchParams.get('at')! > next).toBe(true);

  await page.getByLabel('Go to').fill('2017-04-17');
  await page.getByLabel('Go to').dispatchEvent('change');
  await expect(dateLabel(page)).toHaveText('17 April 2017');
  await expect(page.locator('.net-table')).toContainText('Talks');
});

test('a deep link opens the date and the group asked for', async ({ page }) => {
  await page.goto('/network/?at=2014-06-25&group=nusra');
  await expect(dateLabel(page)).toHaveText('25 June 2014');
  const panel = page.locator('.net-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('al-Nusra');
  await expect(panel).toContainText('Al-Qaeda');
  await expect(page.locator('svg.net-svg-wide g[data-id="group:nusra"]')).toHaveClass(/is-selected/);
  // A hostile or unknown value falls back, says so, and runs nothing.
  await page.goto('/network/?at=%3Cimg%20src=x%20onerror=alert(1)%3E&group=nope');
  await expect(dateLabel(page)).toHaveText('25 June 2014');
  await expect(page.locator('.net-problem')).toContainText('not a date');
});

test('a tie opens its details (click and Enter): period, status, events, quotes and links', async ({ page }) => {
  await page.goto('/network/?at=2014-06-25');
  const id = 'affiliation:islamic-state--nusra-albu-kamal:albu-kamal-pledge';
  await page.locator(`svg.net-svg-wide g[data-id="${id}"] .hit`).click({ force: true });
  const panel = page.locator('.net-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Affiliation or branch');
  await expect(panel).toContainText('reported');
  await expect(panel.locator('blockquote').first()).toBeVisible();
  await expect(panel.getByRole('link', { name: /pledges loyalty to ISIS|pledge/i }).first()).toHaveAttribute(
    'href',
    /\/events\/albu-kamal-pledge\//,
  );
  await expect(panel.getByRole('link', { name: 'Every period between these two groups' })).toHaveAttribute(
    'href',
    '/relations/islamic-state--nusra-albu-kamal/',
  );
  await expect(page).toHaveURL(/period=/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toBeHidden();

  // Keyboard only: Tab to the figure, arrows to a tie, Enter.
  const svg = page.locator('svg.net-svg-wide');
  await svg.focus();
  await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'button');
  const label = await focused.getAttribute('aria-label');
  expect(label).toMatch(/:/);
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
});

test("the chronology's details of a relationship event link to the network on that date", async ({ page }) => {
  await page.goto('/chronology/?event=albu-kamal-pledge');
  const link = page.locator('.chrono-panel').getByRole('link', { name: 'The network on this date' });
  await expect(link).toHaveAttribute('href', '/network/?at=2014-06-25');
  await link.click();
  await expect(page).toHaveURL(/\/network\/\?at=2014-06-25$/);
  await expect(dateLabel(page)).toHaveText('25 June 2014');
});

test('local units roll up into their organisation only when asked', async ({ page }) => {
  await page.goto('/network/?at=2014-06-25');
  await expect(page.locator('svg.net-svg-wide g[data-id="group:nusra-albu-kamal"]')).toHaveCount(1);
  await page.getByLabel('Local units as part of their organisation').check();
  await expect(page).toHaveURL(/units=rolled-up/);
  await expect(page.locator('svg.net-svg-wide g[data-id="group:nusra-albu-kamal"]')).toHaveCount(0);
  await expect(page.locator('.net-table')).toContainText('through');
});

test('downloads the network at the date as SVG and PNG, labelled for print', async ({ page }) => {
  await page.goto('/network/?at=2014-06-25');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('network-2014-06-25.svg');
  const svg = await (await svgDownload.createReadStream()).toArray();
  const text = Buffer.concat(svg).toString('utf8');
  expect(text).toContain('Relationships on 25 June 2014');
  expect(text).not.toContain('class="');
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download PNG/ }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('network-2014-06-25.png');
  const png = Buffer.concat(await (await pngDownload.createReadStream()).toArray());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2008);
});

test('play steps through the changes, and pauses', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/network/?at=2014-06-25');
  const play = page.getByRole('button', { name: 'Play changes' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('at'), { timeout: 5000 }).not.toBe('2014-06-25');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('works at 360 px: the narrow figure, no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/network/');
  await expect(page.locator('svg.net-svg-narrow')).toBeVisible();
  await expect(page.locator('svg.net-svg-wide')).toBeHidden();
  await page.getByRole('button', { name: 'Next change' }).click();
  await expect(page.locator('svg.net-svg-narrow')).toHaveAttribute('data-day', /^\d{4}/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the network, a pair page and a group page (${colorScheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    for (const path of [
      '/network/?at=2014-06-25&group=nusra',
      '/relations/al-qaeda--islamic-state/',
      '/groups/al-qaeda/',
    ]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
}
