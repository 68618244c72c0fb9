import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { getRelations } from '../../data/relations';
import { relationGroups } from '../../lib/relations/from-chronology';
import { relationshipsGraphml } from '../../lib/publish/relations';

export const GET: APIRoute = async () => {
  const chronology = await getChronology();
  return new Response(relationshipsGraphml(await getRelations(), chronology, relationGroups(chronology)), {
    headers: { 'Content-Type': 'application/graphml+xml; charset=utf-8' },
  });
};
