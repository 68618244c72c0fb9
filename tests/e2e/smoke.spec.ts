import { expect, test } from '@playwright/test';

test.describe('site smoke test', () => {
  test('the events page lists every event in order, linking to event pages', async ({ page, request }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/events/');
    const data = await (await request.get('/data/events.json')).json();
    const items = page.locator('ol.event-list > li');
    await expect(items).toHaveCount(data.events.length);
    const ids = await items.evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(data.events.map((e: { id: string }) => e.id));
    expect(errors).toEqual([]);
  });

  test('an event page shows its citations, and links to source and group pages work', async ({ page, request }) => {
    const data = await (await request.get('/data/events.json')).json();
    const event = data.events.find((e: { sources: unknown[] }) => e.sources.length > 1) ?? data.events[0];
    await page.goto(`/events/${event.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expect(page.locator('ol.citations > li')).toHaveCount(event.sources.length);
    await expect(page.locator('ol.citations blockquote').first()).toContainText(event.sources[0].quote.slice(0, 20));

    await page.locator('ol.citations a[href^="/sources/"]').first().click();
    await expect(page).toHaveURL(new RegExp(`/sources/${event.sources[0].source}/`));
    await expect(page.getByRole('heading', { name: /Claims this article makes/ })).toBeVisible();
    // The claim anchor the event page linked to exists on the source page.
    await expect(page.locator(`#${event.sources[0].anchor}`)).toContainText(event.title);

    await page.goto(`/groups/${event.actors[0]}/`);
    await expect(page.getByRole('heading', { name: 'Names over time' })).toBeVisible();
    await expect(page.locator(`a[href="/events/${event.id}/"]`).first()).toBeVisible();
  });

  test('published data files are served with their types', async ({ request }) => {
    for (const [path, type] of [
      ['/data/events.json', 'application/json'],
      ['/data/events.csv', 'text/csv'],
      ['/data/groups.json', 'application/json'],
      ['/data/sources.json', 'application/json'],
      ['/data/events.schema.json', 'json'],
      ['/data/claims.json', 'application/json'],
      ['/data/claims.csv', 'text/csv'],
      ['/data/claims.schema.json', 'json'],
      ['/data/people.json', 'application/json'],
      ['/data/places.json', 'application/json'],
      ['/data/corrections.json', 'application/json'],
    ]) {
      const res = await request.get(path!);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toContain(type!);
    }
  });

  test('unknown pages get the helpful 404', async ({ page }) => {
    const res = await page.goto('/events/no-such-event/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
