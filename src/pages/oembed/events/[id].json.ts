/** /oembed/events/<id>.json: oEmbed for an event page (see src/lib/oembed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChronology } from '../../../data/chronology';
import { eventEmbeddable, oembedJson } from '../../../lib/oembed';
import { inShard } from '../../../lib/shard';
import { pageKey } from '../../../data/page-keys';

export const getStaticPaths = (async () =>
  inShard((await getChronology()).events).map((e) => ({
    params: { id: e.id },
    props: { title: e.title },
    cacheKey: pageKey(e.id, e.title),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  new Response(oembedJson(eventEmbeddable(params.id!, (props as { title: string }).title), site!), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
