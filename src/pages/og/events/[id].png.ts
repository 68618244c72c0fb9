import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../data/chronology';
import { eventCard } from '../../../lib/og/cards';
import { cardPng, pngResponse } from '../../../lib/og/png';
import { inShard } from '../../../lib/shard';
import { pageKey } from '../../../data/page-keys';
import type { ChronologyEvent } from '../../../lib/chronology/types';

export const getStaticPaths = (async () => {
  const c = await getChronology();
  // Keyed by the card's input, which fixes every pixel (with the code).
  return inShard(c.events).map((e) => ({ params: { id: e.id }, props: { event: e }, cacheKey: pageKey(eventCard(c, e)) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  pngResponse(await cardPng(eventCard(await getChronology(), (props as { event: ChronologyEvent }).event)));
