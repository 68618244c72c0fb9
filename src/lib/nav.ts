/** Which header navigation item is the current page. Pure; paths include the base path. */
import { routes } from './routes';

/**
 * True when `path` (the page's URL path, base included) is the page `href` names or one of its
 * sub-pages: the home page only matches itself, a section ("/org/project/events/") matches its
 * index and every page under it. `home` is the home page's path (default: the site's).
 */
export function isCurrent(href: string, path: string, home: string = routes.home()): boolean {
  return href === home ? path === home : path.startsWith(href);
}
