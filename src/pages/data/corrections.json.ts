import type { APIRoute } from 'astro';
import { getCorrections } from '../../data/corrections';
import { correctionsJson } from '../../lib/publish/data';

export const GET: APIRoute = async () =>
  new Response(correctionsJson(await getCorrections()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
