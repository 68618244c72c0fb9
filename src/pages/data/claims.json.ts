import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { claimsJson } from '../../lib/publish/data';

export const GET: APIRoute = async () =>
  new Response(claimsJson(await getChronology()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
