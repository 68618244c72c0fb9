import { chromium } from '@playwright/test';
const [,, file, out, width] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 700 } });
await page.goto('file://' + file);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
