import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../data/chronology';
import { groupCard } from '../../../lib/og/cards';
import { cardPng, pngResponse } from '../../../lib/og/png';

export const getStaticPaths = (async () =>
  (await getChronology()).groups.map((g) => ({ params: { id: g.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const c = await getChronology();
  return pngResponse(await cardPng(groupCard(c, c.groups.find((g) => g.id === params.id)!)));
};
