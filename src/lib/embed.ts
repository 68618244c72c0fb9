/**
 * The embed resize protocol, shared by the embed pages (which send) and /embed.js (which
 * receives). One message type, documented in the README; hosts can rely on nothing else arriving.
 */
import { escapeXml } from './text';

/** Value of `source` in every message our embeds send. */
export const EMBED_SOURCE = 'jihadist-chronology-embed';

/** Protocol version. */
export const EMBED_VERSION = 1;

/** The only message an embed sends: its content height in CSS pixels. */
export interface ResizeMessage {
  source: typeof EMBED_SOURCE;
  version: typeof EMBED_VERSION;
  type: 'resize';
  /** Content height in CSS pixels (integer). */
  height: number;
}

/** Heights hosts should honour; anything outside is ignored as bogus. */
export const HEIGHT_LIMITS = { min: 80, max: 20_000 } as const;

/** True for a well-formed resize message with a plausible height. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.source === EMBED_SOURCE &&
    m.version === EMBED_VERSION &&
    m.type === 'resize' &&
    typeof m.height === 'number' &&
    Number.isInteger(m.height) &&
    m.height >= HEIGHT_LIMITS.min &&
    m.height <= HEIGHT_LIMITS.max
  );
}

/** Fallback iframe heights for hosts without JavaScript (also the embed code's default). */
export const FALLBACK_HEIGHT = { chronology: 720, event: 640, network: 1100 } as const;

/**
 * The embed pages' browser entries (a chart's client + full-view links), one per chart, each
 * bundled by src/lib/client-bundle.ts into one classic script, /embed/client-<hash>.js.
 */
export const EMBED_CLIENT_ENTRIES = {
  chronology: 'src/embed/chronology-client.ts',
  network: 'src/embed/network-client.ts',
} as const;

/** Which chart's code an embed page loads. */
export type EmbedClient = keyof typeof EMBED_CLIENT_ENTRIES;

/** Milliseconds between the sender's checks of the content height (see RESIZE_SCRIPT). */
export const RESIZE_POLL_MS = 500;

/** The first report waits until the height has held this long (ms), checked every SETTLE_STEP_MS, at most SETTLE_MAX_MS. */
export const SETTLE_MS = 200;
/** Step of the settling checks (ms). */
export const SETTLE_STEP_MS = 50;
/** Longest wait for a settled height before the first report (ms). */
export const SETTLE_MAX_MS = 2000;

/**
 * The sender, inlined into every embed page as a classic script (allowed by its hash in the
 * CSP, so it runs even where nothing else loads): reports the document height to the host, and
 * sends nothing else.
 *
 * - The first report waits for the `load` event and for fonts, so styles are in and the chart is
 *   drawn (its script runs before `load`): the first height is the final one, and the host page
 *   does not jump from an unstyled height.
 * - Then it reports every change: ResizeObserver and `resize` while the frame is on screen, and
 *   a check every RESIZE_POLL_MS, since browsers stop rendering (and so ResizeObserver and
 *   `resize`) in cross-origin frames scrolled out of view but keep running timers: a frame below
 *   the fold still follows the host's width. Reading the height is cheap when nothing changed.
 */
export const RESIZE_SCRIPT = `(function () {
  if (window.parent === window) return;
  var last = 0, started = false;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || height < ${HEIGHT_LIMITS.min}) return;
    last = height;
    window.parent.postMessage({ source: ${JSON.stringify(EMBED_SOURCE)}, version: ${EMBED_VERSION}, type: 'resize', height: Math.min(height, ${HEIGHT_LIMITS.max}) }, '*');
  }
  function start() {
    if (started) return;
    started = true;
    // The chart may still open a panel or lay out after load: wait until the height has held for
    // ${SETTLE_MS} ms (at most ${SETTLE_MAX_MS} ms), checking on timers, which run even out of view.
    var prev = -1, held = 0, waited = 0;
    (function settle() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      held = height === prev ? held + ${SETTLE_STEP_MS} : 0;
      prev = height;
      waited += ${SETTLE_STEP_MS};
      if (held < ${SETTLE_MS} && waited < ${SETTLE_MAX_MS}) return void setTimeout(settle, ${SETTLE_STEP_MS});
      send();
      if ('ResizeObserver' in window) new ResizeObserver(send).observe(document.documentElement);
      window.addEventListener('resize', send);
      setInterval(send, ${RESIZE_POLL_MS});
    })();
  }
  function loaded() {
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(start, start);
    else start();
  }
  if (document.readyState === 'complete') loaded();
  else window.addEventListener('load', loaded);
})();`;

/** Sandbox tokens of the embed code: scripts (the chart and the resize message) and links opening in a new tab. */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** What an iframe embed code is made of. */
export interface EmbedCodeOptions {
  /** Absolute URL of the embed page (with the view's parameters). */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  /** Which fallback height applies. */
  kind: keyof typeof FALLBACK_HEIGHT;
  /** Absolute URL of /embed.js on the same site. */
  script: string;
}

/**
 * The HTML a host pastes: a lazy, sandboxed iframe with a fallback height (used until, or
 * without, the resize message) and the resizing script.
 */
export function embedCode({ src, title, kind, script }: EmbedCodeOptions): string {
  const attr = escapeXml;
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${FALLBACK_HEIGHT[kind]}" ` +
    `loading="lazy" sandbox="${EMBED_SANDBOX}" style="width:100%;border:0"></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}

/**
 * `/embed.js`, the host page's script: sets the height of each of our frames from its resize
 * messages. It acts on a message only when
 * - it has exactly the documented shape and a plausible height (as isResizeMessage);
 * - it comes from an iframe of the page (`event.source` is that frame's window) whose `src` is on
 *   our site (`siteOrigins`: the site's origin, and the origin embed.js itself was loaded from);
 * - `event.origin` is that frame's own origin: the origin of its `src`, or "null" when its
 *   `sandbox` lacks `allow-same-origin` (the browser then gives it an opaque origin, and messages
 *   from it say "null"). A frame that navigated away from our embed is ignored.
 */
export function hostScript(siteOrigins: readonly string[]): string {
  return `/* Jihadist alliances chronology: resizes embedded iframes. Protocol: see the site's README. */
(function () {
  'use strict';
  if (window.__jihadistChronologyEmbed) return;
  window.__jihadistChronologyEmbed = true;
  var ours = ${JSON.stringify(siteOrigins)};
  var me = document.currentScript && document.currentScript.src;
  if (me) { try { ours.push(new URL(me, document.baseURI).origin); } catch (e) {} }
  function frameOrigin(frame) {
    var origin;
    try { origin = new URL(frame.getAttribute('src') || '', document.baseURI).origin; } catch (e) { return null; }
    if (ours.indexOf(origin) < 0) return null;
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\\s)allow-same-origin(\\s|$)/i.test(sandbox) ? 'null' : origin;
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== ${JSON.stringify(EMBED_SOURCE)} || data.version !== ${EMBED_VERSION} || data.type !== 'resize') return;
    var height = data.height;
    if (typeof height !== 'number' || height % 1 !== 0 || height < ${HEIGHT_LIMITS.min} || height > ${HEIGHT_LIMITS.max}) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      if (event.origin === frameOrigin(frames[i])) frames[i].style.height = height + 'px';
      return;
    }
  });
})();
`;
}
