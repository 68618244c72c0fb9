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
export const FALLBACK_HEIGHT = { chronology: 720, event: 640 } as const;

/**
 * The sender, inlined into every embed page as a classic script (so it runs even where a
 * sandboxed frame cannot load module scripts): reports the document height on load and on
 * every size change, and sends nothing else. Browsers pause rendering (animation frames,
 * ResizeObserver) in cross-origin frames scrolled out of view, but still fire `resize` and run
 * timers there, so a frame below the fold follows the host's width changes too.
 */
export const RESIZE_SCRIPT = `(function () {
  if (window.parent === window) return;
  var last = 0, queued = false;
  function send() {
    queued = false;
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || height < ${HEIGHT_LIMITS.min}) return;
    last = height;
    window.parent.postMessage({ source: ${JSON.stringify(EMBED_SOURCE)}, version: ${EMBED_VERSION}, type: 'resize', height: Math.min(height, ${HEIGHT_LIMITS.max}) }, '*');
  }
  function queue() { if (!queued) { queued = true; setTimeout(send, 16); } }
  if ('ResizeObserver' in window) new ResizeObserver(queue).observe(document.documentElement);
  window.addEventListener('resize', queue);
  window.addEventListener('load', queue);
  queue();
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
