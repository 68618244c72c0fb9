import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { collectErrors, expect, test } from './fixtures';

/** The chart data the site serves (what every chart scopes in the browser). */
interface ChartData {
  events: { id: string; title: string; start: string; end: string; actors: string[]; type: string; sources: string[] }[];
}

async function chartData(page: Page): Promise<ChartData> {
  return (await page.request.get('/data/chart.json')).json();
}

const chart = (page: Page) => page.locator('chrono-chart .chrono-view-wide svg.chrono-svg');
const view = (page: Page) => page.locator('chrono-chart .chrono-view-wide');
const panel = (page: Page) => page.locator('chrono-chart .chrono-panel');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const DOMAIN = [Date.parse('2003-01-01'), Date.parse('2018-01-01')] as const;

async function ready(page: Page, url = '/chronology/'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
}

/** True when an element's box lies inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight + 1 && r.left >= 0 && r.right <= innerWidth + 1;
  }, selector);

test.describe('chronology chart', () => {
  test('is server-rendered with labels, a key and a table, and nothing moves when the script runs', async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/chronology/');
    await expect(chart(page)).toBeVisible();
    const marks = await chart(page).locator('g.ev').count();
    expect(marks).toBeGreaterThan(0);
    await expect(page.locator('.chrono-table tbody tr')).toHaveCount(marks);
    expect(await chart(page).locator('text.lbl').count()).toBeGreaterThan(marks / 2);
    await expect(page.locator('.chrono-scale-text')).toContainText('wider than the years around it');
    const place = (p: Page) =>
      p.evaluate(() => {
        const host = document.querySelector('chrono-chart')!.getBoundingClientRect();
        const svg = document.querySelector('.chrono-view-wide svg.chrono-svg')!.getBoundingClientRect();
        return { top: svg.top - host.top, left: svg.left - host.left, width: svg.width, height: svg.height };
      });
    const before = await place(page);
    await noJs.close();
    const js = await browser.newPage();
    await ready(js);
    expect(await place(js)).toEqual(before);
    await js.close();
  });

  test('labels at least 80% of the events in view at the default view on a 1280 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await ready(page);
    const counts = await view(page).evaluate((root) => {
      const svg = root.querySelector('svg.chrono-svg')!;
      const events = svg.querySelectorAll('g.ev').length;
      const labels = [...svg.querySelectorAll('text.lbl')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.height >= 10;
      });
      return { events, labels: labels.length, numbers: svg.querySelectorAll('text.num').length, key: root.querySelectorAll('.chrono-key-list li').length };
    });
    expect(counts.labels / counts.events).toBeGreaterThanOrEqual(0.8);
    expect(counts.labels + counts.numbers).toBe(counts.events);
    expect(counts.key).toBe(counts.numbers);
  });

  test('zooms with the wheel, records the range in the URL, and Back restores the previous view', async ({ page }) => {
    await ready(page);
    const box = (await chart(page).boundingBox())!;
    const entries = () => page.evaluate(() => history.length);
    const before = await entries();
    // One gesture: four wheel steps in one burst. (Sent one by one from the test, each step is a
    // round trip to the browser; on a loaded machine two steps can be further apart than the
    // 250 ms that ends a gesture, and the chart then rightly records two gestures, two entries.)
    // The wheel steps of the other tests are the browser's own.
    await chart(page).evaluate(
      (svg, [x, y]) => {
        for (let i = 0; i < 4; i++)
          svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      },
      [box.x + box.width * 0.7, box.y + 80],
    );
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    expect(await entries()).toBe(before + 1);
    const width = Date.parse(param(page, 'to')!) - Date.parse(param(page, 'from')!);
    expect(width).toBeLessThan((DOMAIN[1] - DOMAIN[0]) / 2);
    await expect(page.locator('.chrono-range')).not.toContainText('1 January 2003');
    // One gesture, one history entry: Back returns to the whole period.
    await page.goBack();
    await expect.poll(() => param(page, 'from')).toBeNull();
    await expect(chart(page)).toHaveAttribute('data-view', '2003-01-01/2017-12-31');
    await page.goForward();
    await expect.poll(() => param(page, 'from')).not.toBeNull();
  });

  test('lets the page scroll under the wheel when the view cannot change (fully zoomed out)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await ready(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, Math.min(650, box.y + 60));
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(param(page, 'from')).toBeNull();
  });

  test('in the essay’s charts the wheel scrolls the page; Ctrl + wheel zooms, and the first scroll says so', async ({ page }) => {
    await page.goto('/');
    await page.locator('chrono-chart').first().scrollIntoViewIfNeeded();
    const first = page.locator('chrono-chart[data-enhanced]').first();
    await expect(first).toBeVisible();
    const svg = first.locator('.chrono-view-medium svg.chrono-svg');
    const box = (await svg.boundingBox())!;
    const before = await page.evaluate(() => scrollY);
    const viewBefore = await svg.getAttribute('data-view');
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(80, box.height / 2));
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
    await expect(first.locator('.chrono-hint')).toBeVisible();
    expect(await svg.getAttribute('data-view')).toBe(viewBefore);
    await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const again = (await svg.boundingBox())!;
    await page.mouse.move(again.x + again.width / 2, again.y + Math.min(80, again.height / 2));
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => svg.getAttribute('data-view')).not.toBe(viewBefore);
  });

  test('charts further down a page start only when the reader comes near them, each on its own', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('load');
    // Nothing of the charts' code or data loads with the page: the essay's text comes first.
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u.endsWith('/data/chart.json'))).toEqual([]);
    await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(0);
    await expect(page.locator('chrono-chart[data-defer="near"]')).toHaveCount(5);
    // Coming near the first chart starts it, and only it.
    await page.locator('chrono-chart').first().scrollIntoViewIfNeeded();
    await expect(page.locator('chrono-chart').first()).toHaveAttribute('data-enhanced', 'true');
    await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
    expect(requests.filter((u) => u.endsWith('/data/chart.json'))).toHaveLength(1);
    // The last one starts when the reader reaches it; it draws the narrow variant a phone shows.
    const last = page.locator('chrono-chart').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toHaveAttribute('data-enhanced', 'true');
    await expect(last.locator('.chrono-view-narrow svg.chrono-svg')).toBeVisible();
  });

  test('pans by dragging the chart, and moves and resizes the window in the overview strip', async ({ page }) => {
    await ready(page, '/chronology/?from=2014-01&to=2014-12');
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 60, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'from')).toMatch(/^2014-(0[4-9]|1)/);
    expect(param(page, 'event')).toBeNull();
    const from = param(page, 'from')!;
    const windowBox = page.locator('.chrono-overview-wrap .ov-window');
    await windowBox.scrollIntoViewIfNeeded();
    // Both resize handles are drawn, as 24 px targets.
    for (const side of ['left', 'right']) {
      const handle = (await page.locator(`.ov-handle-${side}`).boundingBox())!;
      expect(handle.width).toBeGreaterThanOrEqual(24);
      expect(handle.height).toBeGreaterThanOrEqual(24);
    }
    const strip = (await windowBox.boundingBox())!;
    await page.mouse.move(strip.x + strip.width / 2, strip.y + strip.height / 2);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width / 2 - 60, strip.y + strip.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'from')).not.toBe(from);
    expect(param(page, 'from')! < from).toBe(true);
    const to = param(page, 'to')!;
    const right = (await page.locator('.ov-handle-right').boundingBox())!;
    await page.mouse.move(right.x + right.width / 2, right.y + right.height / 2);
    await page.mouse.down();
    await page.mouse.move(right.x + right.width / 2 + 80, right.y + right.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'to')! > to).toBe(true);
  });

  test('pinches (by finger distance, vertically too), drags and taps on a touch screen', async ({ browser, errors }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    collectErrors(page, errors);
    await ready(page);
    const svg = page.locator('chrono-chart .chrono-view-narrow svg.chrono-svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const mid = box.x + box.width / 2;
    const y = Math.max(box.y, 0) + 200;
    // A vertical pinch: the fingers move apart up and down, not sideways.
    await touch('touchStart', [
      [mid, y - 20],
      [mid, y + 20],
    ]);
    for (let i = 1; i <= 5; i++)
      await touch('touchMove', [
        [mid, y - 20 - i * 20],
        [mid, y + 20 + i * 20],
      ]);
    await touch('touchEnd', []);
    // Six times the finger distance: about a sixth of the period (the URL settles after the gesture).
    await expect
      .poll(() => Date.parse(param(page, 'to') ?? '2018') - Date.parse(param(page, 'from') ?? '2003'))
      .toBeLessThan((DOMAIN[1] - DOMAIN[0]) / 3);
    await page.waitForTimeout(400);
    const from = param(page, 'from')!;
    await touch('touchStart', [[mid, y]]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [[mid + i * 25, y]]);
    await touch('touchEnd', []);
    await expect.poll(() => param(page, 'from')).not.toBe(from);
    expect(param(page, 'from')! < from).toBe(true);
    // Marks are targets of at least 24 × 24 px, and a tap opens the event.
    const hit = (await svg.locator('.hit').first().boundingBox())!;
    expect(hit.width).toBeGreaterThanOrEqual(24);
    expect(hit.height).toBeGreaterThanOrEqual(24);
    await page.goto('/chronology/');
    await expect(page.locator('chrono-chart[data-enhanced]')).toHaveCount(1);
    const mark = page.locator('chrono-chart .chrono-view-narrow g.ev .sym').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect(panel(page)).toBeVisible();
    await context.close();
  });

  test('zooms with the keyboard and the buttons; + zooms on the middle of the events in view', async ({ page }) => {
    await ready(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    const mid = (Date.parse(param(page, 'from')!) + Date.parse(param(page, 'to')!)) / 2;
    // Most events are in 2013–2015: the zoom lands there, not in the empty middle of 2003–2017.
    expect(mid).toBeGreaterThan(Date.parse('2012-06-01'));
    expect(mid).toBeLessThan(Date.parse('2016-01-01'));
    const width1 = Date.parse(param(page, 'to')!) - Date.parse(param(page, 'from')!);
    await chart(page).focus();
    await page.keyboard.press('+');
    await expect
      .poll(async () => Date.parse(param(page, 'to') ?? '0') - Date.parse(param(page, 'from') ?? '0'))
      .toBeLessThan(width1 * 0.6);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('0');
    await expect.poll(() => param(page, 'from')).toBeNull();
  });

  test('filters by type with a short URL, keeping the table in step and the lanes to the groups involved', async ({ page }) => {
    await ready(page);
    const data = await chartData(page);
    await page.locator('.chrono-filters summary').click();
    // Unchecking one type writes the excluded type, not the twenty kept.
    await page.locator('.chrono-filters input[name="types"][value="pledge"]').uncheck();
    await expect.poll(() => param(page, 'types')).toBe('-pledge');
    await expect(chart(page).locator('g.ev')).toHaveCount(data.events.filter((e) => e.type !== 'pledge').length);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => param(page, 'types')).toBeNull();
    const kept = data.events.filter((e) => e.type === 'pledge');
    for (const box of await page.locator('.chrono-filters input[name="types"]').all())
      if ((await box.getAttribute('value')) !== 'pledge') await box.uncheck();
    await expect.poll(() => param(page, 'types')).toBe('pledge');
    await expect(chart(page).locator('g.ev')).toHaveCount(kept.length);
    await expect(chart(page).locator('g.lane')).toHaveCount(new Set(kept.flatMap((e) => e.actors)).size);
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect(page.locator('.chrono-table tbody tr:visible')).toHaveCount(kept.length);
    await expect(page.locator('.chrono-count')).toHaveText(`${kept.length} of ${data.events.length} events.`);
  });

  for (const width of [1280, 390]) {
    test(`opens the details panel in view and focused on click, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await ready(page);
      const data = await chartData(page);
      const last = [...data.events].sort((a, b) => (a.start < b.start ? 1 : -1))[0]!;
      const mark = page.locator(`chrono-chart .chrono-view:visible g.ev[data-id="${last.id}"] .sym`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await expect(panel(page)).toBeVisible();
      const heading = panel(page).getByRole('heading').first();
      await expect(heading).toHaveText(last.title);
      await expect(heading).toBeFocused();
      expect(await inViewport(page, 'chrono-chart .chrono-panel h2')).toBe(true);
      await expect(page.locator('.chrono-live')).toContainText(last.title);
      await expect(panel(page).locator(`a[href="/events/${last.id}/"]`)).toBeVisible();
      await expect(panel(page).locator(`a[href^="/sources/${last.sources[0]}/"]`).first()).toBeAttached();
      // The event's support in words and its provenance; each quotation in its source's language and direction.
      await expect(panel(page).locator('.meta').first()).toContainText(
        /· (corroborated|one independent origin|claimed by a party|hedged|contested|denied)$/,
      );
      await expect(panel(page)).toContainText(/\d+ articles?, (no|\d+) independent origins?/);
      await expect(panel(page).locator('blockquote').first()).toHaveAttribute('lang', 'en');
      await expect(panel(page).locator('blockquote').first()).toHaveAttribute('dir', 'ltr');
      expect(param(page, 'event')).toBe(last.id);
      await page.keyboard.press('Escape');
      await expect(panel(page)).toBeHidden();
      expect(param(page, 'event')).toBeNull();
    });

    test(`deep links by ?event= and #id show the event’s title on screen, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      const data = await chartData(page);
      const ev = data.events[Math.floor(data.events.length / 2)]!;
      for (const url of [`/chronology/?event=${ev.id}&from=2003&to=2004`, `/chronology/#${ev.id}`]) {
        await ready(page, url);
        await expect(panel(page)).toBeVisible();
        await expect(panel(page).getByRole('heading').first()).toHaveText(ev.title);
        await expect.poll(() => inViewport(page, 'chrono-chart .chrono-panel h2')).toBe(true);
        const mark = page.locator(`chrono-chart .chrono-view:visible g.ev[data-id="${ev.id}"]`);
        await expect(mark).toHaveClass(/is-selected/);
        const [a, b] = (await page.locator('chrono-chart .chrono-view:visible svg.chrono-svg').getAttribute('data-view'))!.split('/');
        expect(ev.start <= b! && ev.end >= a!).toBe(true);
        expect(param(page, 'event')).toBe(ev.id);
      }
    });
  }

  test('is one tab stop; arrows move through events in time order, Enter opens, Escape closes', async ({ page }) => {
    await ready(page);
    const data = await chartData(page);
    await page.getByRole('button', { name: 'Even time scale' }).focus();
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
  });

  test('the details panel is reached by keyboard: Enter focuses its heading, it follows the chart in tab order, Escape closes it from the key', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await ready(page);
    const data = await chartData(page);
    await page.getByRole('button', { name: 'Even time scale' }).focus();
    await page.keyboard.press('Tab');
    await expect(chart(page)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const heading = panel(page).getByRole('heading').first();
    await expect(heading).toHaveText(data.events[1]!.title);
    await expect(heading).toBeFocused();
    await expect(panel(page).locator('blockquote').first()).toBeAttached();
    // Back to the chart, then forward: the panel's close button is the next tab stop after the chart.
    const closeButton = panel(page).getByRole('button', { name: 'Close details' });
    await page.keyboard.press('Shift+Tab');
    await expect(closeButton).toBeFocused();
    // (The open panel narrows the chart: the medium variant shows.)
    const shown = page.locator('chrono-chart .chrono-view:visible svg.chrono-svg');
    await page.keyboard.press('Shift+Tab');
    await expect(shown).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(closeButton).toBeFocused();
    // Through the panel's tab stops, then on to the key of numbered events.
    const stops = await panel(page).locator('a[href], button').count();
    for (let i = 1; i < stops; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.chrono-panel'))).toBe(true);
    }
    await page.keyboard.press('Tab');
    const inKey = page.locator('chrono-chart .chrono-view:visible .chrono-key-list a').first();
    await expect(inKey).toBeFocused();
    // Escape from the key closes the panel and returns focus to the chart, on the event.
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(chart(page)).toBeFocused();
    await expect(chart(page)).toHaveAttribute('aria-activedescendant', `chronology-w-ev-${data.events[1]!.id}`);
  });

  test('Back and Forward restore the panel and the table view', async ({ page }) => {
    await ready(page);
    const data = await chartData(page);
    await chart(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'event')).toBe(data.events[0]!.id);
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect.poll(() => param(page, 'view')).toBe('table');
    await expect(page.locator('.chrono-table')).toBeVisible();
    await page.goBack();
    await expect(page.locator('.chrono-table')).toBeHidden();
    await expect(panel(page)).toBeVisible();
    await page.goBack();
    await expect(panel(page)).toBeHidden();
    await page.goForward();
    await expect(panel(page).getByRole('heading').first()).toHaveText(data.events[0]!.title);
  });

  test('ignores malformed and unknown parameters without injecting them', async ({ page }) => {
    await ready(
      page,
      '/chronology/?from=%3Cimg%20src=x%20onerror=alert(1)%3E&to=2099-99&groups=%3Cscript%3E&event=%22%3E%3Cb%3Ex&types=nope#%3Cimg%3E',
    );
    await expect(page.locator('chrono-chart img, chrono-chart script, chrono-chart b')).toHaveCount(0);
    await expect(panel(page)).toBeHidden();
    const data = await chartData(page);
    await expect(chart(page).locator('g.ev')).toHaveCount(data.events.length);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('fits a 360 px screen with the narrow layout, labels and targets still usable', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await ready(page);
    const narrow = page.locator('chrono-chart .chrono-view-narrow svg.chrono-svg');
    await expect(narrow).toBeVisible();
    await expect(chart(page)).toBeHidden();
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
    const medium = page.locator('chrono-chart .chrono-view-medium svg.chrono-svg');
    await expect(medium).toBeVisible();
    const label = (await medium.locator('.lane-label').first().boundingBox())!;
    expect(label.height).toBeGreaterThanOrEqual(10);
    expect(label.height).toBeLessThanOrEqual(20);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the sticky time axis is an opaque band of the page background (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await ready(page);
      const axis = page.locator('chrono-chart .chrono-view:visible svg.chrono-axis');
      // Scroll the chart under the axis: the band stays at the top and hides what passes under it.
      await page.evaluate(() => scrollBy(0, 700));
      await expect.poll(async () => Math.round((await axis.boundingBox())!.y)).toBe(0);
      const { band, page: bg, rect } = await axis.evaluate((el) => ({
        band: getComputedStyle(el).backgroundColor,
        page: getComputedStyle(document.documentElement).backgroundColor,
        rect: getComputedStyle(el.querySelector('.axis-bg')!).fillOpacity,
      }));
      expect(band).toBe(bg);
      expect(band).not.toMatch(/rgba\(.*, 0(\.\d+)?\)|transparent/);
      expect(Number(rect)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await axis.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    });
  }

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
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
