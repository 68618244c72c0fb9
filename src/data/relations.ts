/**
 * The one place pages get the relationship layer: derived once per build from the chronology.
 */
import { relationsOf } from '../lib/relations/from-chronology';
import type { RelationLayer } from '../lib/relations/types';
import { getChronology } from './chronology';

let cached: Promise<RelationLayer> | undefined;

/** The relationship layer of the site's chronology (memoised for the build). */
export function getRelations(): Promise<RelationLayer> {
  cached ??= getChronology().then(relationsOf);
  return cached;
}
