import type { APIRoute } from 'astro';
import { claimsJsonSchema } from '../../schemas/events-json-schema';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(claimsJsonSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
