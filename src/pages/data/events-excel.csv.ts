/** `/data/events-excel.csv`: events.csv with a UTF-8 byte-order mark, for Excel (see src/lib/publish/data.ts). */
import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { eventsCsvForExcel } from '../../lib/publish/data';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCsvForExcel((await getChronology()).events, site!), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
