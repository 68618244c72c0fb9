/** /chronology/bench/chart.json: the benchmark chronology's chart data (only in benchmark builds). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { serialiseForScript, toChartData } from '../../../charts/chronology/data';
import { benchChronology } from '../../../data/bench';

export const getStaticPaths = (() => (benchChronology() ? [{ params: { bench: 'bench' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(serialiseForScript(toChartData(benchChronology()!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
