/**
 * Quote verification against the captured articles (the reference texts in `../shared/sources`,
 * or the folder in SOURCES_DIR): every claim's quote must occur in the article its source's
 * `capture` names. A missing capture is a warning; a missing folder is one warning with the
 * number of quotes left unchecked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { matchQuote } from '../chronology/quote-match';
import type { Problem } from '../chronology/problems';
import type { Entry, SourceData } from '../chronology/types';

/** The folder of captured articles: SOURCES_DIR, or `../shared/sources` beside the project root. */
export function capturesDir(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.SOURCES_DIR ?? join('..', 'shared', 'sources'));
}

/** What the quote check found. */
export interface QuoteReport {
  problems: Problem[];
  warnings: Problem[];
  /** Quotes found in their article. */
  checked: number;
  /** Quotes that could not be checked (capture or folder missing). */
  unchecked: number;
}

/**
 * Checks every quote of `sources` against its capture in `dir`. `root` makes paths in messages
 * relative to the project.
 */
export function checkQuotes(sources: readonly Entry<SourceData>[], dir: string, root = process.cwd()): QuoteReport {
  const report: QuoteReport = { problems: [], warnings: [], checked: 0, unchecked: 0 };
  const shown = relative(root, dir) || dir;
  const quotes = sources.reduce((n, s) => n + s.data.claims.length, 0);
  if (!existsSync(dir)) {
    report.unchecked = quotes;
    report.warnings.push({
      file: '',
      field: '',
      message: `quotes not checked: no captured articles at ${shown} (set SOURCES_DIR to their folder): ${quotes} quote${quotes === 1 ? '' : 's'} in ${sources.length} source${sources.length === 1 ? '' : 's'} went unchecked`,
    });
    return report;
  }
  const articles = new Map<string, string | undefined>();
  for (const source of sources) {
    const name = source.data.capture;
    if (!articles.has(name)) {
      const path = join(dir, name);
      articles.set(name, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    }
    const article = articles.get(name);
    const n = source.data.claims.length;
    if (article === undefined) {
      report.unchecked += n;
      report.warnings.push({
        file: source.file,
        field: 'capture',
        message: `the captured article "${name}" is not in ${shown}, so its ${n} quote${n === 1 ? '' : 's'} went unchecked: add the capture there, or fix the file name`,
      });
      continue;
    }
    source.data.claims.forEach((claim, i) => {
      const match = matchQuote(article, claim.quote);
      const field = `claims[${i}].quote`;
      if (!match.found) {
        report.problems.push({
          file: source.file,
          field,
          message: `is not in the article ${name} (claim on event "${claim.event}"): the closest passage is "${match.passage}"; ${match.difference}: copy the passage exactly (only spacing, curly quotes and non-breaking spaces may differ)`,
        });
        return;
      }
      report.checked++;
      if (match.occurrences > 1) {
        report.warnings.push({
          file: source.file,
          field,
          message: `occurs ${match.occurrences} times in the article ${name}, so its anchor is ambiguous: quote a longer passage that occurs once`,
        });
      }
    });
  }
  return report;
}
