/**
 * The synthetic chronology of the chart benchmark (scripts/bench-chart.mjs), read from the JSON
 * file CHRONO_BENCH_DATA names; null when unset, so the bench routes build no page at all.
 */
import { readFileSync } from 'node:fs';
import type { Chronology } from '../lib/chronology/types';

let cached: Chronology | null | undefined;

/** The benchmark's chronology, or null outside a benchmark build. */
export function benchChronology(): Chronology | null {
  if (cached === undefined) {
    const file = process.env.CHRONO_BENCH_DATA;
    cached = file ? (JSON.parse(readFileSync(file, 'utf8')) as Chronology) : null;
  }
  return cached;
}
