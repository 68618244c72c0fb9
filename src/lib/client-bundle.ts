/**
 * Build-time bundling of a browser entry into ONE classic script (esbuild, IIFE, minified), for
 * pages that must run where module scripts cannot load: an embed in an iframe sandboxed without
 * `allow-same-origin` has an opaque origin, so the browser fetches module scripts from our site
 * with CORS (blocked on hosts that send no CORS header), while a classic `<script src>` loads
 * without CORS. The file name carries a hash of the code, so hosts and browsers may cache it for
 * as long as they like. Runs in Node during `astro build`; never shipped itself.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { BASE } from './routes';

/** A bundled entry: the script and a short hash of it (hex, 12 characters) for its file name. */
export interface ClientBundle {
  code: string;
  hash: string;
}

const bundles = new Map<string, Promise<ClientBundle>>();

/**
 * Bundles `entry` (a path from the project root, e.g. "src/embed/client.ts") with everything it
 * imports, for browsers of 2022 on; `import.meta.env.BASE_URL` is the site's base path, as in
 * Vite's bundles. Memoised per entry for the build.
 * @throws the esbuild error (file, line and message) when the entry does not compile.
 */
export function bundleClient(entry: string): Promise<ClientBundle> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      // Astro builds run from the project root (npm scripts).
      entryPoints: [resolve(process.cwd(), entry)],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      platform: 'browser',
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
      define: {
        'import.meta.env': JSON.stringify({ BASE_URL: BASE, MODE: 'production', PROD: true, DEV: false, SSR: false }),
      },
      // Styles come with the page; a stylesheet import in client code adds nothing here.
      loader: { '.css': 'empty' },
    }).then((result) => {
      const code = result.outputFiles[0]!.text;
      return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 12) };
    });
    bundles.set(entry, bundle);
  }
  return bundle;
}
