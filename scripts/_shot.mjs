import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', scheme = 'light', full = 'full', height='900'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
const errors = [];
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') errors.push(m.text()); });
page.on('pageerror', e => errors.push(e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
const info = await page.evaluate(() => {
  const v = [...document.querySelectorAll('.chrono-view')].find(r => r.getBoundingClientRect().width > 0);
  if (!v) return null;
  const evs = v.querySelectorAll('g.ev');
  return { variant: v.dataset.variant, events: evs.length, labels: v.querySelectorAll('text.lbl').length, numbers: v.querySelectorAll('text.num').length, height: v.getBoundingClientRect().height };
});
console.log(JSON.stringify(info));
if (full === 'full') await page.screenshot({ path: out, fullPage: true }); else await page.screenshot({ path: out });
console.log('errors:', errors);
await browser.close();
