/**
 * The one place pages get the network's data (positions, periods, events): built once per
 * build from the chronology and its relationship layer.
 */
import { toNetworkData } from '../charts/network/payload';
import type { NetworkData } from '../charts/network/model';
import { relationGroups } from '../lib/relations/from-chronology';
import { getChronology } from './chronology';
import { getRelations } from './relations';

let cached: Promise<NetworkData> | undefined;

/** The network's data for the site (memoised for the build). */
export function getNetwork(): Promise<NetworkData> {
  cached ??= (async () => {
    const chronology = await getChronology();
    return toNetworkData(chronology, await getRelations(), relationGroups(chronology));
  })();
  return cached;
}
