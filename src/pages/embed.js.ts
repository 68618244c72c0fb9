/**
 * /embed.js: the host-page script. Include it once; it resizes every iframe of ours when the
 * embed reports its height (message shape in src/lib/embed.ts and the README). It trusts only
 * messages from iframes on the page, in the documented shape, with a plausible height.
 */
import type { APIRoute } from 'astro';
import { EMBED_SOURCE, EMBED_VERSION, HEIGHT_LIMITS } from '../lib/embed';

const script = `/* Jihadist alliances chronology: resizes embedded iframes. Protocol: see the site's README. */
(function () {
  'use strict';
  if (window.__jihadistChronologyEmbed) return;
  window.__jihadistChronologyEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== ${JSON.stringify(EMBED_SOURCE)} || data.version !== ${EMBED_VERSION} || data.type !== 'resize') return;
    var height = data.height;
    if (typeof height !== 'number' || height % 1 !== 0 || height < ${HEIGHT_LIMITS.min} || height > ${HEIGHT_LIMITS.max}) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });
})();
`;

export const GET: APIRoute = () =>
  new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
