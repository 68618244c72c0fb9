// @ts-check
import { createRequire } from 'node:module';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.mjs';
import { isCi, missingSiteUrlMessage, resolveDeploy } from './src/lib/deploy.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/lib/base-links.ts';
import { FACES, faceVariants } from './src/styles/fonts/fonts.ts';

const require = createRequire(import.meta.url);

// The public address (SITE_URL) and sub-path (BASE_PATH, else SITE_URL's path): see README, "Deploying".
const deploy = resolveDeploy(process.env);

// Astro exposes every environment variable to server code as import.meta.env.NAME, and one named
// like Vite's own (BASE_URL, MODE, …) replaces Vite's value: a BASE_URL left in the environment
// (Vitest sets one; so do some CI services) would silently undo the base path of every link.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];

/**
 * A production build without SITE_URL would publish canonical links, citations and a sitemap
 * pointing at this machine: say so loudly, and under CI=true fail instead.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlCheck = {
  name: 'site-url-check',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build' || deploy.configured) return;
      const message = missingSiteUrlMessage(deploy);
      if (isCi(process.env)) throw new Error(`${message}\n(CI=true: failing rather than publishing a site with the wrong address.)`);
      const rule = '!'.repeat(78);
      logger.warn(`\n${rule}\n${message}\n${rule}`);
    },
  },
};

/**
 * Rolldown warns once per MDX file per build that the directive "use astro:head-inject" in
 * Astro's generated `?astroPropagatedAssets` module "may not be preserved when bundling". Nothing
 * reads that directive after bundling (Astro 7 tracks head propagation through module metadata
 * and the `__astroPropagation` export of the same module), so the warning is noise; only that
 * exact warning is dropped, every other one is printed.
 * @param {{ code?: string; message: string }} warning
 */
const isHeadInjectDirectiveWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');

export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  trailingSlash: 'always',
  // Benchmarks build synthetic corpora side by side without touching dist/ or the content cache;
  // scripts/build.mjs builds into a staging folder and swaps it in only when the build succeeded.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // contentCheck first: the content is checked before anything else runs or is written.
  integrations: [siteUrlCheck, contentCheck(), mdx()],
  experimental: {
    // Pages whose getStaticPaths gives a cacheKey (src/data/page-keys.ts) and whose code is
    // unchanged are copied from the last build's output in cacheDir instead of rendered again.
    incrementalBuild: true,
  },
  build: {
    // Styles are inlined into each page: no render-blocking stylesheet request (about 6 KB gzip).
    inlineStylesheets: 'always',
    // Pages render one after another on the JS thread, but share cards are rasterised by sharp on
    // its own threads: rendering a few pages at once keeps both cores busy (BUILD_CONCURRENCY to tune;
    // measured with npm run bench:build, README "Build speed and caches").
    concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4),
  },
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
  markdown: {
    // Shiki highlights with inline styles, which the CSP forbids; the content has no code.
    syntaxHighlight: false,
    // Root-relative links written in Markdown/MDX ("](/method/)") get the base path.
    processor: satteri({ hastPlugins: [baseLinks(deploy.base)] }),
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
        },
      },
    },
  },
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
