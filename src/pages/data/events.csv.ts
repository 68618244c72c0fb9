/** `/data/events.csv`: RFC 4180, UTF-8 (see src/lib/publish/data.ts). */
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { eventsCsv } from '../../lib/publish/data';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCsv((await getChronology()).events, site!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
