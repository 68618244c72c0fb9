import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { eventsCsv } from '../../lib/publish/data';

export const GET: APIRoute = async () =>
  new Response(eventsCsv((await getChronology()).events), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
