import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { placesJson } from '../../lib/publish/data';

export const GET: APIRoute = async () =>
  new Response(placesJson(await getChronology()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
