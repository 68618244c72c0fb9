/**
 * /embed/client-<hash>.js: each embed's browser code as one classic script (see
 * src/lib/client-bundle.ts for why not a module), one file per chart's entry. The hash names
 * the code, so each build's files differ only where the code did.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleClient } from '../../lib/client-bundle';
import { EMBED_CLIENT_ENTRIES } from '../../lib/embed';

export const getStaticPaths = (async () =>
  Promise.all(
    Object.values(EMBED_CLIENT_ENTRIES).map(async (entry) => ({
      params: { hash: (await bundleClient(entry)).hash },
      props: { entry },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: string }> = async ({ props }) =>
  new Response((await bundleClient(props.entry)).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
