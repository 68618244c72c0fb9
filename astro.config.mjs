// @ts-check
import { createRequire } from 'node:module';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.mjs';
import { FACES, faceVariants } from './src/styles/fonts/fonts.ts';

const require = createRequire(import.meta.url);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://jihadist-alliances.example.org',
  trailingSlash: 'always',
  // Benchmarks build synthetic corpora side by side without touching dist/ or the content cache.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // contentCheck first: the content is checked before anything else runs or is written.
  integrations: [contentCheck(), mdx()],
  // Styles are inlined into each page: no render-blocking stylesheet request (about 6 KB gzip).
  build: { inlineStylesheets: 'always' },
  // Self-hosted faces (src/styles/fonts/fonts.ts): core subsets preloaded, the rest by unicode-range.
  fonts: FACES.map((face) => ({
    provider: fontProviders.local(),
    name: face.family,
    cssVariable: face.cssVariable,
    // Metric-matched fallbacks come from src/styles/fonts/fallbacks.css (more local fonts than Astro's one).
    fallbacks: [],
    optimizedFallbacks: false,
    display: /** @type {const} */ ('swap'),
    options: { variants: faceVariants(face, require(`${face.pkg}/unicode.json`), './src/styles/fonts/') },
  })),
  // Shiki highlights with inline styles, which the CSP forbids; the content has no code.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy in every page: scripts and styles by hash, no 'unsafe-inline' script.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows compiling it (not JS eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
