import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { getRelations } from '../../data/relations';
import { relationshipsJson } from '../../lib/publish/relations';

export const GET: APIRoute = async () =>
  new Response(relationshipsJson(await getRelations(), await getChronology()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
