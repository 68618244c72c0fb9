import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { groupsJson } from '../../lib/publish/data';

export const GET: APIRoute = async () =>
  new Response(groupsJson(await getChronology()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
