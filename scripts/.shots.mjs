import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4351';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
async function shot(name, url, width, scheme, fn, opts = {}) {
  const page = await browser.newPage({ viewport: { width, height: opts.height ?? (width < 500 ? 844 : 900) }, colorScheme: scheme, hasTouch: width < 500 });
  const errors = [];
  page.on('console', m => { if (['error','warning'].includes(m.type())) errors.push(m.text()); });
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(base + url, { waitUntil: 'networkidle' });
  await page.waitForSelector('chrono-chart[data-enhanced]');
  if (fn) await fn(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!opts.full });
  console.log(name, errors);
  await page.close();
}
const which = process.argv[2] ?? 'all';
const toChart = async (p) => p.evaluate(() => document.querySelector('chrono-chart .chrono-scale-note').scrollIntoView());
if (which === 'all' || which === 'a') {
  await shot('c-1280-light', '/chronology/', 1280, 'light', toChart);
  await shot('c-1280-dark', '/chronology/', 1280, 'dark', toChart);
  await shot('c-390-light', '/chronology/', 390, 'light', toChart);
  await shot('c-360-dark', '/chronology/', 360, 'dark', toChart);
}
if (which === 'all' || which === 'b') {
  await shot('p-1280-panel', '/chronology/?event=albu-kamal-pledge', 1280, 'light');
  await shot('p-390-panel', '/chronology/?event=albu-kamal-pledge', 390, 'light');
  await shot('p-390-dark-panel', '/chronology/?event=albu-kamal-pledge', 390, 'dark');
}
if (which === 'all' || which === 'c') {
  await shot('e-390-light', '/', 390, 'light', async (p) => p.evaluate(() => document.querySelector('#break').scrollIntoView()));
  await shot('e-1280-dark', '/', 1280, 'dark', async (p) => p.evaluate(() => document.querySelector('#june-2014').scrollIntoView()));
  await shot('ev-1280', '/events/albu-kamal-pledge/', 1280, 'light', async (p) => p.evaluate(() => document.querySelector('#around-chart').scrollIntoView()));
}
await browser.close();
