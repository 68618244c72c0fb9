/**
 * The JavaScript a built page loads, split into what runs on load and what is loaded later:
 * module entries, modulepreloads and inline scripts, then the static imports of those (first
 * load); dynamic import() targets and their own static imports not already loaded (lazy). Each
 * with its raw and gzip -9 size. Shared by tests/dist/js-budget.test.ts and scripts/bench-chart.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const STATIC = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]|(?:^|[;}\s])export\s*(?:[\w*{}\s,$]+)from\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/**
 * @param {string} dist the built site
 * @param {string} page an HTML file inside it ("chronology/index.html")
 * @param {string} [base] the site's base path ("/" or "/org/project/"), as in the page's URLs
 * @returns {{ url: string, raw: number, gzip: number, lazy: boolean }[]}
 */
export function pageScripts(dist, page, base = '/') {
  const html = readFileSync(join(dist, page), 'utf8');
  const rows = [];
  const seen = new Set();
  const first = [];
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    if (src) first.push(src);
    else if (!/type="application\/(?:ld\+)?json"/.test(m[1]) && m[2].trim())
      rows.push({ url: `(inline script ${++inline})`, raw: m[2].length, gzip: gz(m[2]), lazy: false });
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) first.push(m[1]);
  const walk = (start, lazy) => {
    const queue = [...start];
    const later = [];
    while (queue.length > 0) {
      const url = queue.shift();
      if (seen.has(url) || !url.startsWith('/')) continue;
      seen.add(url);
      // Under a base path ("/org/project/") the files are in dist/ without it.
      const file = join(dist, url.startsWith(base) ? url.slice(base.length - 1) : url);
      if (!existsSync(file)) continue;
      const code = readFileSync(file, 'utf8');
      rows.push({ url, raw: code.length, gzip: gz(code), lazy });
      const resolve = (spec) => new URL(spec, `http://x${url}`).pathname;
      for (const s of code.matchAll(STATIC)) queue.push(resolve(s[1] ?? s[2]));
      for (const d of code.matchAll(DYNAMIC)) later.push(resolve(d[1]));
    }
    return later;
  };
  let lazy = walk(first, false);
  while (lazy.length > 0) lazy = walk(lazy, true);
  return rows;
}
