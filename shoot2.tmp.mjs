import { chromium } from '@playwright/test';
const [,, path, width, y = '0', h = '900', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(h) }, colorScheme: scheme });
await page.goto(`http://127.0.0.1:4371${path}`, { waitUntil: 'networkidle' });
const name = `/tmp/shots/clip_${path.replace(/[^a-z0-9]+/gi, '_')}_${width}_${y}_${scheme}.png`;
await page.screenshot({ path: name, clip: { x: 0, y: Number(y), width: Number(width), height: Number(h) }, fullPage: true });
console.log(name);
await browser.close();
