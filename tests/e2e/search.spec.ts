import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/**
 * Search (Pagefind, built by scripts/build-search.mjs): aliases find groups and their events,
 * everything works from the keyboard, Pagefind loads only once the reader types, and no request
 * leaves the site (the index, worker and WebAssembly are all served from /pagefind/).
 */

interface PublishedEvent {
  id: string;
  actors: string[];
}

/** Every request of the context (pages and workers), and CSP or script errors. */
function watch(context: BrowserContext, page: Page) {
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { requests, problems };
}

function offSite(requests: string[], baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

const combobox = (page: Page) => page.getByRole('combobox', { name: /search/i });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
/** Waits until the popup shows the results for the whole term (not for a prefix typed on the way). */
const resultsFor = (page: Page, term: string) => expect(options(page).last()).toContainText(`“${term}”`);

test.describe('search', () => {
  test('an alias finds the group and the events it takes part in, without leaving the site', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const { requests, problems } = watch(context, page);
    const { events } = (await (await request.get('/data/events.json')).json()) as { events: PublishedEvent[] };
    const isEvents = new Set(events.filter((e) => e.actors.includes('islamic-state')).map((e) => `/events/${e.id}/`));

    await page.goto('/');
    await combobox(page).focus();
    // Nothing of Pagefind is fetched until the reader types.
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);

    await combobox(page).fill('ISIL');
    await resultsFor(page, 'ISIL');
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
    const hrefs = await options(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
    expect(hrefs[0]).toBe('/groups/islamic-state/');
    expect(hrefs.some((h) => isEvents.has(h))).toBe(true);
    expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);

    expect(offSite(requests, baseURL!)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('keyboard only: Ctrl+K, type, arrow to a result, Enter opens it; Escape closes, then clears', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const { requests, problems } = watch(context, page);
    const { events } = (await (await request.get('/data/events.json')).json()) as { events: PublishedEvent[] };
    const nusraEvents = new Set(events.filter((e) => e.actors.includes('nusra')).map((e) => `/events/${e.id}/`));

    await page.goto('/sources/');
    await page.keyboard.press('Control+k');
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type('Jabhat Fatah al-Sham');
    await resultsFor(page, 'Jabhat Fatah al-Sham');
    const hrefs = await options(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.href ?? ''));
    expect(hrefs).toContain('/groups/nusra/');
    expect(hrefs.some((h) => nusraEvents.has(h))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(combobox(page)).toHaveValue('Jabhat Fatah al-Sham');

    // Arrow down (reopening the list) to the group's option; focus stays in the box.
    for (let i = 0; i <= hrefs.indexOf('/groups/nusra/'); i++) await page.keyboard.press('ArrowDown');
    await expect(combobox(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(combobox(page)).toBeFocused();
    const active = options(page).and(page.locator('[aria-selected="true"]'));
    await expect(active).toHaveCount(1);
    await expect(active).toHaveAttribute('data-href', '/groups/nusra/');
    await expect(combobox(page)).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/groups\/nusra\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('al-Nusra Front');

    // `/` focuses the search from anywhere on the new page (once its script has run: the box
    // is a combobox from then on); Escape twice empties it.
    await expect(combobox(page)).toBeAttached();
    await page.keyboard.press('/');
    await expect(combobox(page)).toBeFocused();
    await page.keyboard.type('Mosul');
    await resultsFor(page, 'Mosul');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(combobox(page)).toHaveValue('');

    expect(offSite(requests, baseURL!)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('Enter without choosing opens the search page, which filters by kind and moves by arrow keys', async ({
    page,
    context,
    baseURL,
  }) => {
    const { requests, problems } = watch(context, page);
    await page.goto('/groups/');
    await page.keyboard.press('/');
    await page.keyboard.type('ISIL');
    await resultsFor(page, 'ISIL');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=ISIL$/);

    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link', { name: 'Islamic State', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /results? for “ISIL”/ })).toBeVisible();

    await page.getByRole('radio', { name: 'Events' }).check();
    await expect(page).toHaveURL(/kind=Event/);
    await expect(results.locator('a[href^="/groups/"]')).toHaveCount(0);
    await expect(results.locator('a[href^="/events/"]').first()).toBeVisible();

    const box = page.getByRole('searchbox', { name: /search events, groups/i });
    await box.focus();
    await page.keyboard.press('ArrowDown');
    const firstLink = results.getByRole('link').first();
    await expect(firstLink).toBeFocused();
    const href = await firstLink.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));

    expect(offSite(requests, baseURL!)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a spelling no article uses finds the events that name the person or place, not only its page', async ({
    page,
    request,
  }) => {
    const { events } = (await (await request.get('/data/events.json')).json()) as {
      events: (PublishedEvent & { people?: string[]; places?: string[] })[];
    };
    for (const [q, person, place] of [
      ['Jolani', 'abu-muhammad-al-jawlani', null],
      ['Golani', 'abu-muhammad-al-jawlani', null],
      ['Raqqa', null, 'raqqa'],
    ] as const) {
      const naming = new Set(
        events
          .filter((e) => (person && e.people?.includes(person)) || (place && e.places?.includes(place)))
          .map((e) => `/events/${e.id}/`),
      );
      expect(naming.size, q).toBeGreaterThan(0);
      await page.goto(`/search/?q=${q}&kind=Event`);
      const results = page.getByRole('list', { name: 'Search results' });
      await expect(results.locator('a[href^="/events/"]').first()).toBeVisible();
      const hrefs = await results
        .locator('a[href^="/events/"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => naming.has(h)).length, q).toBeGreaterThan(0);
    }
  });

  test('the open results popup and the search page pass axe (WCAG 2.1 A/AA)', async ({ page }) => {
    await page.goto('/events/');
    await combobox(page).fill('Mosul');
    await resultsFor(page, 'Mosul');
    await page.keyboard.press('ArrowDown');
    const popup = await new AxeBuilder({ page })
      .include('site-search')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(popup.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await page.goto('/search/?q=Mosul');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('without JavaScript the header form submits to the search page, which lists every group and its aliases', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('searchbox', { name: /search/i })
      .first()
      .fill('ISIL');
    await page.getByRole('button', { name: 'Search', exact: true }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=ISIL$/);
    const browse = page.getByRole('region', { name: 'Browse everything' });
    await expect(browse.getByRole('listitem').filter({ hasText: 'ISIL' }).getByRole('link')).toHaveAttribute(
      'href',
      '/groups/islamic-state/',
    );
    await context.close();
  });
});
