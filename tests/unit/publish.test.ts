import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { parse } from 'csv-parse/sync';
import {
  CLAIM_COLUMNS,
  claimsCsv,
  claimsJson,
  BOM,
  CSV_COLUMNS,
  csvField,
  eventsCsv,
  eventsCsvForExcel,
  eventsJson,
  peopleJson,
  placesJson,
} from '../../src/lib/publish/data';
import { claimsJsonSchema, eventsJsonSchema } from '../../src/schemas/events-json-schema';

/** RFC 4180 reader (csv-parse, strict), to check the writer round-trips. */
function parseCsv(text: string, bom = false): string[][] {
  return parse(text, { bom, relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
}

const SITE = 'https://site.example/';

const corpora = [
  ['fixture corpus', 'tests/fixtures/corpus/valid'],
  ['site content', 'content'],
] as const;

describe.each(corpora)('published data from the %s', (_name, dir) => {
  const chronology = loadChronology(dir);

  it('events.json validates against events.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(eventsJsonSchema);
    const data = JSON.parse(eventsJson(chronology));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(data.events.length).toBe(chronology.events.length);
  });

  it('events.csv is RFC 4180 with one row per event that round-trips', () => {
    const csv = eventsCsv(chronology.events, SITE);
    expect(csv.startsWith(BOM)).toBe(false);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(chronology.events.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const first = chronology.events[0]!;
    expect(rows[1]!.slice(0, 4)).toEqual([first.id, first.title, first.type, first.date.start]);
    expect(rows[1]![CSV_COLUMNS.indexOf('quotes')]).toContain(first.sources[0]!.quote);
    // The page column is the event page's absolute URL (base paths: tests/build/sub-path.test.ts).
    expect(rows[1]![CSV_COLUMNS.indexOf('page')]).toBe(`${SITE}events/${first.id}/`);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const e = chronology.events[i]!;
      expect(row[col('support')]).toBe(e.support);
      expect(row[col('independent_origins')]).toBe(String(e.origins.length));
      expect(row[col('articles')]).toBe(String(e.articles));
      expect(row[col('inferred')]).toBe(String(e.date.inferred === true));
      expect(row[col('levels')]).toBe(e.levels.join('; '));
      // Names as they were at the event's date, in the same order as the ids.
      expect(row[col('actor_names')]!.split('; ')).toHaveLength(e.actors.length);
    });
  });

  it('the Excel variant is the same file after a UTF-8 byte-order mark, and round-trips', () => {
    const csv = eventsCsv(chronology.events, SITE);
    const excel = eventsCsvForExcel(chronology.events, SITE);
    expect([...Buffer.from(excel, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.slice(1)).toBe(csv);
    // A reader that honours the BOM (as Excel does) gets every row and cell back, curly quotes included.
    const rows = parseCsv(excel, true);
    expect(rows).toEqual(parseCsv(csv));
    expect(rows[0]![0]).toBe('id');
    expect(excel).toContain('“');
  });

  it('claims.json validates against claims.schema.json, one entry per claim', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(claimsJsonSchema);
    const data = JSON.parse(claimsJson(chronology));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const claims = chronology.sources.reduce((n, s) => n + s.claims.length, 0);
    expect(data.claims).toHaveLength(claims);
  });

  it('claims.csv is RFC 4180 with one row per claim that round-trips', () => {
    const rows = parseCsv(claimsCsv(chronology));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    const claims = chronology.sources.flatMap((s) => s.claims.map((c, i) => ({ s, c, i })));
    expect(rows).toHaveLength(claims.length + 1);
    for (const row of rows) expect(row).toHaveLength(CLAIM_COLUMNS.length);
    const col = (name: (typeof CLAIM_COLUMNS)[number]) => CLAIM_COLUMNS.indexOf(name);
    const first = rows[1]!;
    const { s, c } = claims[0]!;
    expect([first[col('source')], first[col('claim')], first[col('event')], first[col('status')], first[col('quote')]]).toEqual([
      s.id,
      '0',
      c.event,
      c.status,
      c.quote,
    ]);
    expect(first[col('origin_kind')]).toBe(c.origin.kind);
  });

  it('people.json and places.json list every record with its page', () => {
    const people = JSON.parse(peopleJson(chronology)).people as { id: string; page: string }[];
    const places = JSON.parse(placesJson(chronology)).places as { id: string; page: string }[];
    expect(people.map((p) => p.id)).toEqual(chronology.people.map((p) => p.id));
    expect(places.map((p) => p.id)).toEqual(chronology.places.map((p) => p.id));
    for (const p of people) expect(p.page).toBe(`/people/${p.id}/`);
    for (const p of places) expect(p.page).toBe(`/places/${p.id}/`);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});
