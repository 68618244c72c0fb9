/** The corrections log for pages and data files, read once per build against the chronology's events. */
import { loadCorrections, type Correction } from '../lib/corpus/corrections';
import { getChronology } from './chronology';
import { contentDir } from './content-dir';

let cached: Promise<Correction[]> | undefined;

/** Every correction, newest first (memoised for the build). */
export function getCorrections(): Promise<Correction[]> {
  cached ??= getChronology().then((c) => loadCorrections(contentDir, new Set(c.events.map((e) => e.id))));
  return cached;
}
