/** Shared Playwright fixture: every test fails on a JavaScript error or console error of its page. */
import { expect, test as base, type Page } from '@playwright/test';

/** Records uncaught errors and console errors of a page into `errors`. */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
}

export const test = base.extend<{ errors: string[] }>({
  // Automatic: each test's page is watched, and the errors are asserted empty after the test.
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      collectErrors(page, errors);
      await use(errors);
      expect(errors, 'no JavaScript errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
