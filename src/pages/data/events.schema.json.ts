import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../schemas/events-json-schema';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(eventsJsonSchema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
