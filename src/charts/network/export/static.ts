/**
 * Build-time snapshots of the network at its default date, for readers without JavaScript and
 * for print: the standalone SVG the browser downloads, and a PNG of it at print size.
 */
import type { NetworkData } from '../model';
import { exportNetwork } from './standalone';
import { defaultState } from '../state';
import { absoluteUrl, routes } from '../../../lib/routes';
import { SITE } from '../../../lib/site';

/** Title of the snapshot (the /network/ figure's accessible name). */
export const NETWORK_SNAPSHOT_TITLE = 'Alliance network';

/** The network at its default date as a standalone SVG document. */
export function defaultNetworkSvg(data: NetworkData, site: URL): { svg: string; width: number; height: number } {
  const state = defaultState(data);
  return exportNetwork(data, state, {
    title: NETWORK_SNAPSHOT_TITLE,
    siteName: SITE.name,
    siteUrl: absoluteUrl(routes.home(), site),
    viewUrl: `${absoluteUrl(routes.network(), site)}?at=${state.at}`,
  });
}
