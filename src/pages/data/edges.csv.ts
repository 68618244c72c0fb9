import type { APIRoute } from 'astro';
import { getRelations } from '../../data/relations';
import { edgesCsv } from '../../lib/publish/relations';

export const GET: APIRoute = async () =>
  new Response(edgesCsv(await getRelations()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
