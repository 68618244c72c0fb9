/**
 * /data/chart.json: the chronology in the chart's own shape (src/charts/chronology/model.ts), the
 * one file every chart on the site loads when it comes alive; each chart scopes it to its own
 * period and groups in the browser, so pages carry no copy of the data.
 */
import type { APIRoute } from 'astro';
import { serialiseForScript, toChartData } from '../../charts/chronology/data';
import { getChronology } from '../../data/chronology';

export const GET: APIRoute = async () =>
  new Response(serialiseForScript(toChartData(await getChronology())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
