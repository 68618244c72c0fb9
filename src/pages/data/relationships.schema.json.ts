import type { APIRoute } from 'astro';
import { relationshipsJsonSchema } from '../../schemas/relationships-json-schema';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(relationshipsJsonSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
