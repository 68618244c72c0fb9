/** JSON Schema (2020-12) of /data/relationships.json; published as /data/relationships.schema.json and tested against the real file. */
import { RELATION_KIND_IDS } from '../lib/relations/kinds';
import { RULES } from '../lib/relations/derive';

const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const rule = { enum: Object.keys(RULES), description: 'The derivation rule (see vocabulary.rules).' } as const;
const precision = { enum: ['day', 'month', 'season', 'year', 'range', 'open', 'undated'] } as const;

const bound = {
  type: 'object',
  required: ['start', 'end', 'precision', 'label'],
  additionalProperties: false,
  properties: {
    start: { ...isoDay, description: 'First day of the window (inclusive).' },
    end: { ...isoDay, description: 'Last day of the window (inclusive).' },
    precision,
    label: { type: 'string', minLength: 1 },
    inferred: { type: 'boolean', description: 'An editorial reading of relative wording: approximate.' },
  },
} as const;

const conflict = {
  type: 'object',
  required: ['about', 'event', 'summary', 'positions'],
  additionalProperties: false,
  properties: {
    about: { enum: ['start', 'end', 'direction', 'actors', 'status', 'content'] },
    event: slug,
    summary: { type: 'string', minLength: 1 },
    positions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value', 'sources'],
        additionalProperties: false,
        properties: { value: { type: 'string' }, sources: { type: 'array', items: slug } },
      },
    },
  },
} as const;

const sides = {
  a: { ...slug, description: 'First group of the pair (ids sorted).' },
  b: { ...slug, description: 'Second group of the pair.' },
  kind: { enum: RELATION_KIND_IDS },
  directed: {
    type: 'boolean',
    description: 'False for undirected kinds and for directed ones whose direction the sources contest.',
  },
  from: { ...slug, description: 'Directed: the branch, the group joining, the side that broke away.' },
  to: { ...slug, description: 'Directed: the group answered to, joined, or left.' },
  level: {
    enum: ['organisation', 'local'],
    description: 'local: a local unit, or members the articles do not name as acting for the group.',
  },
} as const;

/** The schema object. */
export const relationshipsJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Relationships between jihadist groups, by period',
  type: 'object',
  required: ['version', 'description', 'vocabulary', 'periods', 'links'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    version: { type: 'string' },
    description: { type: 'string' },
    vocabulary: {
      type: 'object',
      required: ['kinds', 'rules'],
      properties: { kinds: { type: 'object' }, rules: { type: 'object' } },
    },
    periods: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'page',
          'a',
          'b',
          'kind',
          'directed',
          'level',
          'start',
          'end',
          'label',
          'status',
          'support',
          'rule',
          'evidence',
          'conflicts',
        ],
        additionalProperties: false,
        properties: {
          id: { type: 'string', description: '<kind>:<a>--<b>:<opening event>; stable.' },
          page: { type: 'string', description: 'The pair page.' },
          ...sides,
          through: {
            type: 'array',
            items: { type: 'string' },
            description: 'Descriptions of the members the tie was reported between.',
          },
          refusedBy: {
            type: 'string',
            description:
              'For a merger announced by one group and refused by the group named as absorbed (from): that group. The merger is then disputed and contested, never settled.',
          },
          start: {
            ...bound,
            description: 'The window in which the period starts: may hold from start, holds from end.',
          },
          end: {
            oneOf: [
              {
                type: 'object',
                required: ['open', 'asOf', 'label'],
                additionalProperties: false,
                properties: { open: { const: true }, asOf: isoDay, label: { type: 'string' } },
              },
              {
                type: 'object',
                required: ['open', 'start', 'end', 'precision', 'label'],
                additionalProperties: false,
                properties: { open: { const: false }, ...bound.properties },
              },
            ],
            description:
              'Open ("ongoing as of the last report", asOf), or the window of its last day: holds through start, may hold through end.',
          },
          label: { type: 'string' },
          status: {
            enum: ['stated', 'reported', 'alleged', 'disputed'],
            description: 'How the sources present the opening event.',
          },
          support: { type: 'string', description: 'The opening event’s support (see events.json).' },
          rule,
          evidence: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['event', 'role', 'rule', 'page', 'claims'],
              additionalProperties: false,
              properties: {
                event: slug,
                role: { enum: ['opens', 'confirms', 'closes'] },
                rule,
                page: { type: 'string' },
                claims: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['source', 'anchor', 'page', 'status', 'quote'],
                    additionalProperties: false,
                    properties: {
                      source: slug,
                      anchor: { type: 'string' },
                      page: { type: 'string' },
                      status: { type: 'string' },
                      quote: { type: 'string' },
                    },
                  },
                },
              },
            },
          },
          conflicts: { type: 'array', items: conflict },
        },
      },
    },
    links: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'a', 'b', 'kind', 'directed', 'level', 'event', 'page', 'date', 'status', 'support', 'reason'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          ...sides,
          event: slug,
          page: { type: 'string' },
          date: bound,
          status: { type: 'string' },
          support: { type: 'string' },
          reason: { enum: ['denied', 'speculative'] },
        },
      },
    },
  },
} as const;
