import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../data/chronology';
import { eventCard } from '../../../lib/og/cards';
import { cardPng, pngResponse } from '../../../lib/og/png';
import { inShard } from '../../../lib/shard';

export const getStaticPaths = (async () =>
  inShard((await getChronology()).events).map((e) => ({ params: { id: e.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const c = await getChronology();
  return pngResponse(await cardPng(eventCard(c, c.events.find((e) => e.id === params.id)!)));
};
