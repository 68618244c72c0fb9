/**
 * Layout on phones and the design system's promises: no page type scrolls sideways at 360 px
 * (wide tables, long URLs and the navigation scroll in their own boxes), the header stays compact
 * and works without JavaScript, the search placeholder fits, targets are at least 24 px, focus is
 * visible, and nothing moves when the web fonts arrive late.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Plain Playwright test: the 404 page and the embeds log expected 404s (favicon, the page itself).
import { expect, test, type Page } from '@playwright/test';

const PAGE_TYPES = [
  ['explainer', '/'],
  ['chronology', '/chronology/'],
  ['events index', '/events/'],
  ['event', '/events/al-qaeda-isis-split/'],
  ['groups index', '/groups/'],
  ['group', '/groups/nusra/'],
  ['sources index', '/sources/'],
  ['source', '/sources/habeck-site-2015/'],
  ['method', '/method/'],
  ['data', '/data/'],
  ['people index', '/people/'],
  ['person', '/people/abu-muhammad-al-jawlani/'],
  ['places index', '/places/'],
  ['place', '/places/albu-kamal/'],
  ['corrections', '/corrections/'],
  ['search', '/search/?q=ISIL'],
  ['not found', '/no-such-page/'],
  ['embedded chart', '/embed/chronology/'],
  ['embedded event', '/embed/events/albu-kamal-pledge/'],
] as const;

/** How far the page scrolls sideways, and (to explain a failure) the outermost elements sticking out. */
async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      // Inside a box that clips or scrolls on its own: that box is what the page sees.
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') clipped = true;
      }
      if (!clipped && !culprits.some((c) => el.parentElement?.closest(c))) {
        culprits.push(
          el.id
            ? `#${el.id}`
            : `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`,
        );
      }
    }
    const by = root.scrollWidth - width;
    return { by, culprits: by > 0 ? culprits.slice(0, 5) : [] };
  });
}

test.describe('phones at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const [name, path] of PAGE_TYPES) {
    test(`${name}: nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      expect(await sidewaysOverflow(page)).toEqual({ by: 0, culprits: [] });
    });
  }

  test('tables of prose stack one block per row, each cell labelled by its column, with nothing cut', async ({ page }) => {
    for (const [path, name] of [
      ['/groups/nusra/', 'Relationships table'],
      ['/sources/', 'Sources'],
    ] as const) {
      await page.goto(path);
      const box = page.getByRole('region', { name });
      const table = box.locator('table.stack');
      const { rowDisplay, cut, labels, tableWidth, viewport } = await table.evaluate((el) => ({
        rowDisplay: getComputedStyle(el.querySelector('tbody tr')!).display,
        cut: el.parentElement!.scrollWidth > el.parentElement!.clientWidth,
        labels: [...el.querySelectorAll('td[data-label]')].map((td) => getComputedStyle(td, '::before').content),
        tableWidth: el.getBoundingClientRect().width,
        viewport: innerWidth,
      }));
      expect(rowDisplay, path).toBe('block');
      expect(cut, path).toBe(false);
      expect(tableWidth, path).toBeLessThanOrEqual(viewport);
      expect(labels.length, path).toBeGreaterThan(0);
      for (const l of labels) expect(l, path).toMatch(/^"\w+: "$/);
    }
  });

  test('the search box placeholder is shown whole', async ({ page }) => {
    await page.goto('/events/');
    const input = page.locator('#site-search-q');
    const { room, needed } = await input.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return {
        room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        needed: ctx.measureText(el.placeholder).width,
      };
    });
    expect(needed).toBeGreaterThan(0);
    expect(needed).toBeLessThanOrEqual(room);
  });
});

test.describe('the header on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`is at most 120 px tall and offers every section (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/events/al-qaeda-isis-split/');
      const header = page.locator('header.site-header');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const label of ['Explainer', 'Chronology', 'Events', 'Groups', 'Sources', 'Method', 'Data']) {
        await expect(nav.getByRole('link', { name: label, exact: true })).toBeAttached();
      }
      // The row scrolls in its own box; the current section is in view.
      await expect(nav.getByRole('link', { name: 'Events', exact: true })).toBeInViewport();
      expect(await nav.locator('ul').evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
      // The search works as a plain form.
      await page.locator('#site-search-q').fill('Mosul');
      await page.locator('#site-search-q').press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=Mosul$/);
      await context.close();
    });
  }
});

test('targets are at least 24 px tall: table-of-contents links, navigation, buttons', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const heights = await page
    .locator('nav.toc a, .site-nav a, header button, .chrono-toolbar button:visible')
    .evaluateAll((els) =>
      els.map((el) => [el.textContent!.trim().slice(0, 30), el.getBoundingClientRect().height] as const),
    );
  expect(heights.length).toBeGreaterThan(15);
  expect(heights.filter(([, h]) => h < 24)).toEqual([]);
});

test('focus is visible on links, buttons and the search box', async ({ page }) => {
  await page.goto('/method/');
  for (const selector of ['.site-nav a', '#site-search-q', '.site-search-submit', '.theme-toggle']) {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { focused: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
    expect(outline, selector).toEqual({ focused: true, style: 'solid', width: 3 });
  }
});

test.describe('no layout shift when the web fonts arrive late', () => {
  for (const [width, path] of [
    [390, '/method/'],
    [390, '/groups/nusra/'],
    [1280, '/'],
  ] as const) {
    test(`${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      // Fonts held back 600 ms: the page first paints in the metric-matched fallbacks.
      await page.route('**/_astro/fonts/**', async (route) => {
        await new Promise((r) => setTimeout(r, 600));
        await route.continue();
      });
      await page.addInitScript(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const usedWebFont = await page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded'));
      expect(usedWebFont).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
    });
  }
});

test('a page in English fetches only the core subsets, italics included (not the whole Latin files)', async ({
  page,
}) => {
  const core = ['source-serif-4-core-normal', 'source-serif-4-core-italic', 'source-sans-3-core-normal'].map((name) =>
    readFileSync(join(import.meta.dirname, '../../src/styles/fonts', `${name}.woff2`)),
  );
  const fetched: Buffer[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/_astro/fonts/')) fetched.push(await r.body());
  });
  await page.goto('/method/'); // has <em>: the italic face is needed
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.locator('em').count()).toBeGreaterThan(0);
  const which = fetched.map((b) => core.findIndex((c) => Buffer.compare(b, c) === 0));
  expect(which.sort()).toEqual([0, 1, 2]);
});

test('search snippets keep the words of adjacent fields apart', async ({ page }) => {
  // Searching a record label puts it mid-snippet, right after the previous field's value.
  await page.goto('/search/?q=' + encodeURIComponent('"also called"'));
  const excerpts = page.locator('.search-page-excerpt');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allTextContents();
  const withLabel = texts.filter((t) => /Also called/.test(t));
  expect(withLabel.length).toBeGreaterThan(0);
  // "…Jund al-Khilafah Also called ISIS…", never "…Jund al-KhilafahAlso calledISIS…".
  expect(withLabel.filter((t) => /[^\s…]Also called|Also called[^\s]/.test(t))).toEqual([]);
});
