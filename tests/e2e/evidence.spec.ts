import { expect, test } from '@playwright/test';

/**
 * The evidence model in the browser: an event page shows its provenance and support, links its
 * people, places and corrections; Arabic text renders right to left; every spelling variant finds
 * its person, place or group page first.
 */

test('an event page shows provenance, support, levels, place, people and its corrections', async ({ page }) => {
  await page.goto('/events/albu-kamal-pledge/');
  const record = page.locator('dl.record').first();
  await expect(record).toContainText('3 articles, 1 independent origin: Syrian Observatory for Human Rights via AFP');
  await expect(record).toContainText('one independent origin');
  // Every source has the pledge going to ISIS; they differ only on the level of the pledging party.
  await expect(record).toContainText('al-Nusra Front, Albu Kamal branch or al-Nusra Front (the sources differ on the level)');
  await expect(record).toContainText('TowardsIslamic State of Iraq and Syria (ISIS)');
  await expect(record.getByRole('link', { name: 'Albu Kamal', exact: true })).toHaveAttribute(
    'href',
    '/places/albu-kamal/',
  );
  await expect(record.getByRole('link', { name: 'Rami Abdel Rahman', exact: true })).toHaveAttribute(
    'href',
    '/people/rami-abdel-rahman/',
  );
  const correction = record.locator('.corrections a').first();
  await correction.click();
  await expect(page).toHaveURL(/\/corrections\/#2026-11-30-albu-kamal-pledge-/);
  await expect(page.locator(':target')).toContainText('Albu Kamal');
});

test('a genuine disagreement on who acted is shown with no single direction', async ({ page }) => {
  await page.goto('/events/al-qaeda-isis-split/');
  const record = page.locator('dl.record').first();
  await expect(record).toContainText('no single direction');
  await expect(record).not.toContainText('Towards');
});

test('outside knowledge is marked: coordinates as general reference, spellings the articles do not use apart', async ({ page }) => {
  await page.goto('/places/albu-kamal/');
  await expect(page.locator('dl.record')).toContainText('34.45° N, 40.92° E (WGS 84, to about a kilometre) — general reference, not from the five articles');
  await page.goto('/groups/islamic-state/');
  const record = page.locator('dl.record').first();
  await expect(record.locator('dt', { hasText: 'Also called' }).locator('+ dd')).not.toContainText('Daesh');
  await expect(record.locator('dt', { hasText: 'Other spellings' }).locator('+ dd')).toContainText('not used by the five articles: ISI');
  await expect(record.locator('dd.search-aliases [lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expect(record.locator('dt', { hasText: 'Part of' })).toHaveCount(0);
  await expect(record.locator('dt', { hasText: 'Affiliated to' }).locator('+ dd')).toContainText('Newsweek (2017) says the group began');
});

test('a partisan confirmation is shown as such on the citation', async ({ page }) => {
  await page.goto('/events/albu-kamal-pledge/');
  const partisan = page.locator('.citations > li').filter({ hasText: 'An ISIS jihadist on Twitter' });
  await expect(partisan).toContainText('partisan: not counted as confirmation');
});

test('an Arabic name renders right to left: its first word at the right edge', async ({ page }) => {
  // No article is in Arabic, so the test uses a real Arabic spelling from a person record.
  await page.goto('/people/abu-muhammad-al-jawlani/');
  const arabic = page.locator('.variant[lang="ar"]');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveText('أبو محمد الجولاني');
  const words = await arabic.evaluate((el) => {
    const text = el.firstChild as Text;
    const range = document.createRange();
    const box = (start: number, end: number) => {
      range.setStart(text, start);
      range.setEnd(text, end);
      return range.getBoundingClientRect();
    };
    const content = text.data;
    const first = box(0, content.indexOf(' '));
    const last = box(content.lastIndexOf(' ') + 1, content.length);
    return { firstLeft: first.left, lastLeft: last.left };
  });
  // Right to left: the first word (أبو) sits to the right of the last (الجولاني).
  expect(words.firstLeft).toBeGreaterThan(words.lastLeft);
});

const VARIANTS: [string, string][] = [
  ['Julani', '/people/abu-muhammad-al-jawlani/'],
  ['Jawlani', '/people/abu-muhammad-al-jawlani/'],
  ['Jolani', '/people/abu-muhammad-al-jawlani/'],
  ['Golani', '/people/abu-muhammad-al-jawlani/'],
  ['Raqa', '/places/raqqa/'],
  ['Raqqa', '/places/raqqa/'],
  ['Abu Qaim', '/places/al-qaim/'],
  ['al-Qaim', '/places/al-qaim/'],
  ['Zawahri', '/people/ayman-al-zawahiri/'],
  ['Zawahiri', '/people/ayman-al-zawahiri/'],
  ['Daesh', '/groups/islamic-state/'],
];

for (const [term, expected] of VARIANTS) {
  test(`search for “${term}” lists ${expected} first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(term)}`);
    const first = page.locator('.search-page-results a').first();
    await expect(first).toHaveAttribute('href', expected, { timeout: 15_000 });
  });
}
