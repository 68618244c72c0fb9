/** /oembed/network.json: oEmbed for /network/ at the date it opens on (see src/lib/oembed.ts). */
import type { APIRoute } from 'astro';
import { planNetwork } from '../../charts/network/plan';
import { defaultState } from '../../charts/network/state';
import { getNetwork } from '../../data/network';
import { networkEmbeddable, oembedJson } from '../../lib/oembed';

export const GET: APIRoute = async ({ site }) => {
  const data = await getNetwork();
  const plan = planNetwork(data, defaultState(data), 'wide');
  return new Response(oembedJson(networkEmbeddable(plan), site!), { headers: { 'Content-Type': 'application/json+oembed' } });
};
