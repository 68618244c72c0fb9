/** /charts/network.png: the network at its default date at print size (2008 px wide: 170 mm at 300 dpi). */
import type { APIRoute } from 'astro';
import { snapshotPng } from '../../charts/chronology/export/static';
import { defaultNetworkSvg } from '../../charts/network/export/static';
import { getNetwork } from '../../data/network';
import { pngResponse } from '../../lib/og/png';

export const GET: APIRoute = async ({ site }) => {
  const { svg, width, height } = defaultNetworkSvg(await getNetwork(), site ?? new URL('https://example.invalid/'));
  return pngResponse(await snapshotPng(svg, width, height));
};
