/**
 * /embed/client-<hash>.js: the embed pages' browser code as one classic script (see
 * src/lib/client-bundle.ts for why not a module). The hash names this build's code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bundleClient } from '../../lib/client-bundle';
import { EMBED_CLIENT_ENTRY } from '../../lib/embed';

export const getStaticPaths = (async () => [
  { params: { hash: (await bundleClient(EMBED_CLIENT_ENTRY)).hash } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await bundleClient(EMBED_CLIENT_ENTRY)).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
