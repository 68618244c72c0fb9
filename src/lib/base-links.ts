/**
 * A hast plugin for Astro's Markdown/MDX processor (Sätteri): root-relative URLs written by
 * authors ("](/method/)", `<a href="/events/x/">`) get the site's base path, so content links
 * work when the site is served under a sub-path. Protocol-relative ("//host") and already-prefixed
 * URLs are left alone.
 */
import type { HastPluginDefinition } from 'satteri';

/** Attributes (hast property names) that hold a URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action'] as const;

/** `url` with `base` ("/org/project/") put before a root-relative path; other URLs unchanged. */
export function prefixBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return `${base}${url.slice(1)}`;
}

/** The plugin for `satteri({ hastPlugins: [baseLinks('/org/project/')] })`. */
export function baseLinks(base: string): HastPluginDefinition {
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img', 'source', 'video', 'audio', 'iframe', 'blockquote', 'q', 'form'],
      visit(node, ctx) {
        for (const name of URL_PROPERTIES) {
          const value = node.properties?.[name];
          if (typeof value === 'string' && prefixBase(value, base) !== value)
            ctx.setProperty(node, name, prefixBase(value, base));
        }
      },
    },
  };
}
