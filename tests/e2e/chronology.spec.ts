import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { collectErrors, expect, test } from './fixtures';

/** The chart payload the page embeds (the same data the chart draws). */
interface Payload {
  events: {
    id: string;
    title: string;
    start: string;
    end: string;
    actors: string[];
    type: string;
    sources: string[];
  }[];
}

async function payload(page: Page): Promise<Payload> {
  return JSON.parse((await page.locator('chrono-chart script.chrono-data').textContent()) ?? '{}');
}

const chart = (page: Page) => page.locator('chrono-chart svg.chrono-svg-wide');
const panel = (page: Page) => page.locator('chrono-chart .chrono-panel');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function ready(page: Page, url = '/chronology/'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
}

test.describe('chronology chart', () => {
  test('is server-rendered with a table, and nothing moves when the script runs', async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/chronology/');
    await expect(page.locator('svg.chrono-svg-wide')).toBeVisible();
    const marks = await page.locator('svg.chrono-svg-wide g.ev').count();
    expect(marks).toBeGreaterThan(0);
    await expect(page.locator('.chrono-table tbody tr')).toHaveCount(marks);
    // Measured inside the component: the page around it is not this test's concern.
    const place = (p: Page) =>
      p.evaluate(() => {
        const host = document.querySelector('chrono-chart')!.getBoundingClientRect();
        const svg = document.querySelector('svg.chrono-svg-wide')!.getBoundingClientRect();
        return { top: svg.top - host.top, left: svg.left - host.left, width: svg.width, height: svg.height };
      });
    const before = await place(page);
    await noJs.close();

    const js = await browser.newPage();
    await ready(js);
    expect(await place(js)).toEqual(before);
    await js.close();
  });

  test('zooms with the wheel and records the range in the URL', async ({ page }) => {
    await ready(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + 80);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    const from = Date.parse(param(page, 'from')!);
    const to = Date.parse(param(page, 'to')!);
    const [d0, d1] = (await page.locator('chrono-chart').getAttribute('data-domain'))!.split('/').map(Date.parse);
    expect(to - from).toBeLessThan((d1! - d0!) / 2);
    await expect(page.locator('.chrono-range')).not.toContainText('1 January');
  });

  test('pans by dragging the chart and the window in the overview strip', async ({ page }) => {
    await ready(page, '/chronology/?from=2014-01&to=2014-12');
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 60, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'from')).toMatch(/^2014-(0[4-9]|1)/);
    expect(param(page, 'event')).toBeNull();
    const from = param(page, 'from')!;
    await page.locator('svg.chrono-overview').scrollIntoViewIfNeeded();
    const strip = (await page.locator('svg.chrono-overview .ov-window').boundingBox())!;
    await page.mouse.move(strip.x + strip.width / 2, strip.y + strip.height / 2);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width / 2 - 60, strip.y + strip.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'from')).not.toBe(from);
    expect(param(page, 'from')! < from).toBe(true);
  });

  test('pinches to zoom and drags to pan on a touch screen', async ({ browser, errors }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 400, height: 800 } });
    const page = await context.newPage();
    collectErrors(page, errors);
    await ready(page);
    const svg = page.locator('chrono-chart svg.chrono-svg-narrow');
    const box = (await svg.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const y = box.y + 80;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, py], id) => ({ x, y: py, id })) });
    const mid = box.x + box.width / 2;
    await touch('touchStart', [
      [mid - 20, y],
      [mid + 20, y],
    ]);
    for (let i = 1; i <= 5; i++) {
      await touch('touchMove', [
        [mid - 20 - i * 20, y],
        [mid + 20 + i * 20, y],
      ]);
    }
    await touch('touchEnd', []);
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    const span = Date.parse(param(page, 'to')!) - Date.parse(param(page, 'from')!);
    const [d0, d1] = (await page.locator('chrono-chart').getAttribute('data-domain'))!.split('/').map(Date.parse);
    expect(span).toBeLessThan((d1! - d0!) / 3);
    const from = param(page, 'from')!;
    await touch('touchStart', [[mid, y]]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [[mid + i * 25, y]]);
    await touch('touchEnd', []);
    await expect.poll(() => param(page, 'from')).not.toBe(from);
    expect(param(page, 'from')! < from).toBe(true);
    await context.close();
  });

  test('zooms and pans with the keyboard and the buttons', async ({ page }) => {
    await ready(page);
    await chart(page).focus();
    await page.keyboard.press('+');
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    const width1 = Date.parse(param(page, 'to')!) - Date.parse(param(page, 'from')!);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => Date.parse(param(page, 'to') ?? '0') - Date.parse(param(page, 'from') ?? '0'))
      .toBeLessThan(width1 * 0.6);
    await chart(page).focus();
    await page.keyboard.press('0');
    await expect.poll(() => param(page, 'from')).toBeNull();
  });

  test('filters by type, keeping the table in step and the lanes to the groups involved', async ({ page }) => {
    await ready(page);
    const data = await payload(page);
    const type = data.events.find((e) => e.type === 'pledge') ? 'pledge' : data.events[0]!.type;
    const kept = data.events.filter((e) => e.type === type);
    await page.locator('.chrono-filters summary').click();
    const boxes = page.locator('.chrono-filters input[name="types"]');
    for (const box of await boxes.all()) {
      if ((await box.getAttribute('value')) !== type) await box.uncheck();
    }
    await expect.poll(() => param(page, 'types')).toBe(type);
    await expect(chart(page).locator('g.ev')).toHaveCount(kept.length);
    const lanes = new Set(kept.flatMap((e) => e.actors));
    await expect(chart(page).locator('g.lane')).toHaveCount(lanes.size);
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect(page.locator('.chrono-table tbody tr:visible')).toHaveCount(kept.length);
    await expect(page.locator('.chrono-count')).toHaveText(`${kept.length} of ${data.events.length} events.`);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => param(page, 'types')).toBeNull();
  });

  test('opens the details panel on click, with quotes linking to sources', async ({ page }) => {
    await ready(page);
    const data = await payload(page);
    const last = [...data.events].sort((a, b) => (a.start < b.start ? 1 : -1))[0]!;
    await chart(page).locator(`g.ev[data-id="${last.id}"] .sym`).first().click();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).getByRole('heading').first()).toHaveText(last.title);
    await expect(panel(page).locator(`a[href="/events/${last.id}/"]`)).toBeVisible();
    await expect(panel(page).locator(`a[href^="/sources/${last.sources[0]}/"]`).first()).toBeVisible();
    await expect(panel(page).locator('blockquote').first()).not.toBeEmpty();
    expect(param(page, 'event')).toBe(last.id);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    expect(param(page, 'event')).toBeNull();
  });

  test('is one tab stop; arrows move through events in time order, Enter opens, Escape closes', async ({ page }) => {
    await ready(page);
    const data = await payload(page);
    // The toolbar's last control; the chart is the next tab stop.
    await page.getByRole('button', { name: 'Share / embed / download' }).focus();
    await page.keyboard.press('Tab');
    await expect(chart(page)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(chart(page)).toHaveAttribute('aria-activedescendant', `chronology-w-ev-${data.events[0]!.id}`);
    await page.keyboard.press('ArrowRight');
    await expect(chart(page)).toHaveAttribute('aria-activedescendant', `chronology-w-ev-${data.events[1]!.id}`);
    await expect(page.locator('.chrono-tooltip')).toContainText(data.events[1]!.title);
    await page.keyboard.press('End');
    const lastId = data.events.at(-1)!.id;
    await expect(chart(page)).toHaveAttribute('aria-activedescendant', `chronology-w-ev-${lastId}`);
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await expect.poll(() => param(page, 'event')).toBe(lastId);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(chart(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(chart(page)).not.toBeFocused();
  });

  test('deep links by ?event= and by #id open the event in view', async ({ page }) => {
    await ready(page);
    const data = await payload(page);
    const ev = data.events[Math.floor(data.events.length / 2)]!;
    for (const url of [`/chronology/?event=${ev.id}&from=2003&to=2004`, `/chronology/#${ev.id}`]) {
      await ready(page, url);
      await expect(panel(page)).toBeVisible();
      await expect(panel(page).getByRole('heading').first()).toHaveText(ev.title);
      const mark = chart(page).locator(`g.ev[data-id="${ev.id}"]`);
      await expect(mark).toHaveClass(/is-selected/);
      const [a, b] = (await chart(page).getAttribute('data-view'))!.split('/');
      expect(ev.start <= b! && ev.end >= a!).toBe(true);
      expect(param(page, 'event')).toBe(ev.id);
    }
  });

  test('Back and Forward restore earlier views', async ({ page }) => {
    await ready(page);
    const data = await payload(page);
    const ev = data.events[0]!;
    await chart(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'event')).toBe(ev.id);
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect.poll(() => param(page, 'view')).toBe('table');
    await expect(page.locator('.chrono-table')).toBeVisible();
    await page.goBack();
    await expect(page.locator('.chrono-table')).toBeHidden();
    await expect(panel(page)).toBeVisible();
    await page.goBack();
    await expect(panel(page)).toBeHidden();
    expect(param(page, 'event')).toBeNull();
    await page.goForward();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).getByRole('heading').first()).toHaveText(ev.title);
  });

  test('ignores malformed and unknown parameters without injecting them', async ({ page }) => {
    await ready(
      page,
      '/chronology/?from=%3Cimg%20src=x%20onerror=alert(1)%3E&to=2099-99&groups=%3Cscript%3E&event=%22%3E%3Cb%3Ex&types=nope#%3Cimg%3E',
    );
    await expect(page.locator('chrono-chart img, chrono-chart script:not(.chrono-data), chrono-chart b')).toHaveCount(
      0,
    );
    await expect(panel(page)).toBeHidden();
    const data = await payload(page);
    await expect(chart(page).locator('g.ev')).toHaveCount(data.events.length);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('fits a 360 px screen with the narrow layout, labels still legible', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await ready(page);
    const narrow = page.locator('chrono-chart svg.chrono-svg-narrow');
    await expect(narrow).toBeVisible();
    await expect(chart(page)).toBeHidden();
    await expect(page.locator('chrono-chart svg.chrono-svg-medium')).toBeHidden();
    const box = (await narrow.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    const label = (await narrow.locator('.lane-label').first().boundingBox())!;
    expect(label.height).toBeGreaterThanOrEqual(10);
    await narrow.focus();
    await page.keyboard.press('ArrowRight');
    await expect(narrow).toHaveAttribute('aria-activedescendant', /chronology-n-ev-/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('uses the medium layout in a mid-width container, text neither tiny nor huge', async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 900 });
    await ready(page);
    const medium = page.locator('chrono-chart svg.chrono-svg-medium');
    await expect(medium).toBeVisible();
    const label = (await medium.locator('.lane-label').first().boundingBox())!;
    expect(label.height).toBeGreaterThanOrEqual(10);
    expect(label.height).toBeLessThanOrEqual(20);
    await medium.focus();
    await page.keyboard.press('ArrowRight');
    await expect(medium).toHaveAttribute('aria-activedescendant', /chronology-m-ev-/);
  });

  for (const [name, colorScheme, theme] of [
    ['light', 'light', null],
    ['dark from the system', 'dark', null],
    ['dark from data-theme', 'light', 'dark'],
  ] as const) {
    test(`has no axe violations (${name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await ready(page);
      if (theme) await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await page.locator('.chrono-filters summary').click();
      await chart(page).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(panel(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).include('main').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
