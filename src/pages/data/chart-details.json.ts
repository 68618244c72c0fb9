/** /data/chart-details.json: each event's summary and citations, which the chart's details panel loads on first use. */
import type { APIRoute } from 'astro';
import { serialiseForScript, toChartDetails } from '../../charts/chronology/data';
import { getChronology } from '../../data/chronology';

export const GET: APIRoute = async () =>
  new Response(serialiseForScript(toChartDetails(await getChronology())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
