import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { loadChronology } from '../../../src/lib/corpus/load';
import { relationGroups, relationsOf } from '../../../src/lib/relations/from-chronology';
import { EDGE_COLUMNS, edgesCsv, relationshipsGraphml, relationshipsJson } from '../../../src/lib/publish/relations';
import { relationshipsJsonSchema } from '../../../src/schemas/relationships-json-schema';

const chronology = loadChronology('content');
const layer = relationsOf(chronology);

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else field += c;
  }
  return rows;
}

describe('relationships.json', () => {
  const text = relationshipsJson(layer, chronology);
  const data = JSON.parse(text);

  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(relationshipsJsonSchema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('publishes every period with its evidence, claims and a pair page, deterministically', () => {
    expect(data.periods).toHaveLength(layer.periods.length);
    expect(data.links).toHaveLength(layer.links.length);
    const albu = data.periods.find(
      (p: { id: string }) => p.id === 'affiliation:islamic-state--nusra-albu-kamal:albu-kamal-pledge',
    );
    expect(albu).toMatchObject({
      from: 'nusra-albu-kamal',
      to: 'islamic-state',
      status: 'reported',
      page: '/relations/islamic-state--nusra-albu-kamal/',
    });
    expect(albu.evidence[0].claims.length).toBeGreaterThanOrEqual(3);
    expect(albu.evidence[0].claims[0].page).toMatch(/^\/sources\/[a-z0-9-]+\/#claim-albu-kamal-pledge/);
    expect(relationshipsJson(relationsOf(loadChronology('content')), chronology)).toBe(text);
  });
});

describe('edges.csv', () => {
  const rows = parseCsv(edgesCsv(layer));

  it('is an edge list: Source, Target, Type first, one row per period', () => {
    expect(rows[0]).toEqual([...EDGE_COLUMNS]);
    expect(rows).toHaveLength(layer.periods.length + 1);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(EDGE_COLUMNS.length);
      expect(['Directed', 'Undirected']).toContain(r[2]);
      expect(r[6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r[9]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('writes a directed period from the branch to the group answered to', () => {
    const row = rows.find((r) => r[3] === 'affiliation:islamic-state--nusra-albu-kamal:albu-kamal-pledge')!;
    expect(row.slice(0, 3)).toEqual(['nusra-albu-kamal', 'islamic-state', 'Directed']);
    expect(row[10]).toBe('true');
  });
});

describe('relationships.graphml', () => {
  const xml = relationshipsGraphml(layer, chronology, relationGroups(chronology));
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');

  it('is well-formed GraphML with a node per group in a period and an edge per period', () => {
    const root = doc.documentElement!;
    expect(root.localName).toBe('graphml');
    const nodes = root.getElementsByTagName('node');
    const edges = root.getElementsByTagName('edge');
    expect(edges.length).toBe(layer.periods.length);
    const ids = new Set(Array.from({ length: nodes.length }, (_, i) => nodes[i]!.getAttribute('id')));
    for (let i = 0; i < edges.length; i++) {
      expect(ids.has(edges[i]!.getAttribute('source'))).toBe(true);
      expect(ids.has(edges[i]!.getAttribute('target'))).toBe(true);
    }
  });

  it('escapes hostile text', () => {
    const hostile = {
      ...chronology,
      groups: chronology.groups.map((g) => (g.id === 'al-qaeda' ? { ...g, name: '<script>"&\'' } : g)),
    };
    const out = relationshipsGraphml(layer, hostile, relationGroups(hostile));
    expect(out).toContain('&lt;script&gt;&quot;&amp;&#39;');
    expect(out).not.toContain('<script>');
    const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(out, 'text/xml');
    const names = Array.from(doc.getElementsByTagName('data'), (d) => d.textContent);
    expect(names).toContain('<script>"&\'');
  });
});
