/**
 * /embed.js: the host-page script. Include it once; it resizes every iframe of ours when the
 * embed reports its height (message shape and checks in src/lib/embed.ts and the README).
 */
import type { APIRoute } from 'astro';
import { hostScript } from '../lib/embed';

export const GET: APIRoute = ({ site }) =>
  new Response(hostScript(site ? [site.origin] : []), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
