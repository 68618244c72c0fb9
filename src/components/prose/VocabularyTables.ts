/** Rows for the method page's tables, from the one vocabulary the code uses. */
import { EVENT_FAMILIES, EVENT_TYPES, LEVELS, ORIGIN_KINDS, STATUS_LABELS, STATUSES, SUPPORT, SUPPORT_LABELS } from '../../lib/chronology/vocabulary';

/** Status rows: id and meaning. */
export const statusRows = Object.entries(STATUSES).map(([id, meaning]) => ({ id, label: STATUS_LABELS[id as keyof typeof STATUSES], meaning }));

/** Support rows: id, label and rule. */
export const supportRows = Object.entries(SUPPORT).map(([id, meaning]) => ({ id, label: SUPPORT_LABELS[id as keyof typeof SUPPORT], meaning }));

/** Origin kind rows: id and meaning. */
export const originRows = Object.entries(ORIGIN_KINDS).map(([id, meaning]) => ({ id, meaning }));

/** Level rows: id and meaning. */
export const levelRows = Object.entries(LEVELS).map(([id, meaning]) => ({ id, meaning }));

/** Event type rows: label, family, whether directed, description. */
export const typeRows = Object.values(EVENT_TYPES).map((t) => ({
  label: t.label,
  family: EVENT_FAMILIES[t.family],
  directed: t.directed,
  description: t.description,
}));

/** Precision rows: id, example wording, how it is drawn. */
export const precisionRows = [
  { id: 'day', example: '“Wednesday, June 25”', drawn: 'a point' },
  { id: 'month', example: '“this month”, “in November”', drawn: 'a bar over the month' },
  { id: 'season', example: '“in spring 2013”', drawn: 'a bar over the season' },
  { id: 'year', example: '“in 2013”', drawn: 'a bar over the year' },
  { id: 'range', example: '“late summer and early fall 2014”', drawn: 'a bar over the span' },
  { id: 'open', example: '“beginning June 10” in a report of 25 June', drawn: 'a bar to the last report; it may have gone on' },
  { id: 'undated', example: 'no date; bounds from the article', drawn: 'a faded bar over the bounds' },
];
