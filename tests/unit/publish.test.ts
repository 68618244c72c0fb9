import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../src/lib/corpus/load';
import { CSV_COLUMNS, csvField, eventsCsv, eventsJson } from '../../src/lib/publish/data';
import { eventsJsonSchema } from '../../src/schemas/events-json-schema';

/** Minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

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
    const csv = eventsCsv(chronology.events);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(chronology.events.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const first = chronology.events[0]!;
    expect(rows[1]!.slice(0, 4)).toEqual([first.id, first.title, first.type, first.date.start]);
    expect(rows[1]![CSV_COLUMNS.indexOf('quotes')]).toContain(first.sources[0]!.quote);
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
