import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const js of [true, false]) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: js });
  const page = await ctx.newPage();
  for (const url of ['/', '/chronology/', '/events/albu-kamal-pledge/', '/groups/nusra/', '/embed/chronology/', '/embed/events/albu-kamal-pledge/']) {
    await page.goto('http://127.0.0.1:4351' + url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('chrono-chart *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && e.getBoundingClientRect().width > 0).slice(0, 3).map((e) => e.tagName + '.' + (e.getAttribute('class') ?? ''));
      return { sw: document.documentElement.scrollWidth, wide };
    });
    console.log(js ? 'js  ' : 'nojs', url, r.sw, r.wide.join(' '));
  }
  await ctx.close();
}
await browser.close();
