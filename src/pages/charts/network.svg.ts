/** /charts/network.svg: the network at its default date, standalone, for documents. */
import type { APIRoute } from 'astro';
import { defaultNetworkSvg } from '../../charts/network/export/static';
import { getNetwork } from '../../data/network';

export const GET: APIRoute = async ({ site }) =>
  new Response(defaultNetworkSvg(await getNetwork(), site ?? new URL('https://example.invalid/')).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
