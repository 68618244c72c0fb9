/** /chronology/bench/chart-details.json: the benchmark chronology's event details (only in benchmark builds). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { serialiseForScript, toChartDetails } from '../../../charts/chronology/data';
import { benchChronology } from '../../../data/bench';

export const getStaticPaths = (() => (benchChronology() ? [{ params: { bench: 'bench' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(serialiseForScript(toChartDetails(benchChronology()!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
