/**
 * Every page type: no accessibility violations (axe, WCAG 2.1 A/AA) in light and dark themes,
 * no JavaScript errors, and no request leaving the site. Plus the reading path readers follow:
 * essay → event → source → group and back.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
  ['explainer', '/'],
  ['method', '/method/'],
  ['events index', '/events/'],
  ['event', '/events/al-qaeda-isis-split/'],
  ['groups index', '/groups/'],
  ['group', '/groups/nusra/'],
  ['sources index', '/sources/'],
  ['source', '/sources/habeck-site-2015/'],
  ['data', '/data/'],
  ['search', '/search/?q=ISIL'],
  ['not found', '/no-such-page/'],
  ['embedded event', '/embed/events/albu-kamal-pledge/'],
  ['people index', '/people/'],
  ['person', '/people/abu-muhammad-al-jawlani/'],
  ['places index', '/places/'],
  ['place', '/places/albu-kamal/'],
  ['corrections', '/corrections/'],
] as const;

/** Collects page errors and requests to other origins while a test runs. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404 \(Not Found\)/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`third-party request: ${r.url()}`);
  });
  return problems;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`page types (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of PAGES) {
      test(`${name} passes axe, with no errors and no third-party requests`, async ({ page, baseURL }) => {
        // axe over a page with several charts takes seconds, and many more on a loaded 2-core machine.
        test.setTimeout(90_000);
        const problems = watch(page, new URL(baseURL!).origin);
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}

test('reading path: essay → event → source → group, and back', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('.essay-body a.event-link[href="/events/albu-kamal-pledge/"]').first();
  await link.click();
  await expect(page).toHaveURL(/\/events\/albu-kamal-pledge\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Albu Kamal');

  // Footnote-style citations in the essay lead to the sources list, which links the source pages.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  const cite = page.locator('sup.cite a').first();
  const target = await cite.getAttribute('href');
  await cite.click();
  await expect(page.locator(`${target} a`)).toBeVisible();

  await page.goto('/events/albu-kamal-pledge/');
  await page.locator('ol.citations a[href^="/sources/rappler-2014-06-25/"]').first().click();
  await expect(page).toHaveURL(/\/sources\/rappler-2014-06-25\/#claim-albu-kamal-pledge$/);
  await expect(page.locator('#claim-albu-kamal-pledge')).toBeVisible();
  await page.locator('#claim-albu-kamal-pledge a[href="/groups/nusra-albu-kamal/"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('al-Nusra Front, Albu Kamal branch');
  await expect(page.locator('table.relationships')).toContainText('pledged allegiance to');
  await page.goBack();
  await expect(page).toHaveURL(/\/sources\/rappler-2014-06-25\/#claim-albu-kamal-pledge$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/events\/albu-kamal-pledge\/$/);
});

test('event pages deep-link into the chronology at the event', async ({ page }) => {
  await page.goto('/events/nusra-renamed-jfs/');
  await page.getByRole('link', { name: 'Open in the chronology' }).click();
  await expect(page).toHaveURL(/\/chronology\/\?event=nusra-renamed-jfs/);
  await expect(page.locator('.chrono-panel')).toContainText('Jabhat Fatah al-Sham');
});

test('the theme toggle switches and remembers the theme', async ({ page }) => {
  await page.goto('/method/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/groups/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('cite this: the event citation is readable without JavaScript and copyable with it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/events/al-qaeda-isis-split/');
  const bibtex = page.locator('.cite-format pre').nth(2);
  await expect(bibtex).toContainText('@misc{al_qaeda_isis_split,');
  await page.getByRole('button', { name: 'Copy APA' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Al-Qaeda and ISIS break ties; sources differ on who broke with whom [Chronology entry]');
  // The files for reference managers download without a request to the server.
  for (const [label, file, start] of [
    ['RIS', 'al_qaeda_isis_split.ris', 'TY  - ELEC'],
    ['BibLaTeX', 'al_qaeda_isis_split.biblatex.bib', '@online{al_qaeda_isis_split,'],
    ['CSL-JSON', 'al_qaeda_isis_split.json', '['],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.cite-downloads').getByRole('link', { name: label, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(file);
    expect(readFileSync((await download.path())!, 'utf8').startsWith(start)).toBe(true);
  }
});
