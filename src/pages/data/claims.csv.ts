import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { claimsCsv } from '../../lib/publish/data';

export const GET: APIRoute = async () =>
  new Response(claimsCsv(await getChronology()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
