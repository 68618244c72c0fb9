/** JSON Schema (2020-12) of /data/events.json; published as /data/events.schema.json and tested against the real file. */
import {
  EVENT_FAMILIES,
  EVENT_TYPE_IDS,
  LEVEL_IDS,
  ORIGIN_KIND_IDS,
  STATUS_IDS,
  SUPPORT_IDS,
} from '../lib/chronology/vocabulary';

const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const status = { enum: STATUS_IDS, description: 'How the article presents the claim.' } as const;
const ids = { type: 'array', items: slug } as const;

const dateInterval = {
  type: 'object',
  required: ['start', 'end', 'precision', 'label'],
  additionalProperties: false,
  properties: {
    start: { ...isoDay, description: 'First possible day (inclusive).' },
    end: { ...isoDay, description: 'Last possible day (inclusive).' },
    precision: { enum: ['day', 'month', 'season', 'year', 'range', 'open', 'undated'] },
    label: { type: 'string', minLength: 1 },
    open: { type: 'boolean', description: 'The end is the last day the span was reported still going on.' },
    openStart: { type: 'boolean', description: 'No lower bound: the article gives none (start is 0001-01-01).' },
    inferred: { type: 'boolean', description: 'An editorial reading of relative or partial wording: approximate.' },
  },
} as const;

const party = {
  type: 'object',
  required: ['group', 'role', 'level', 'unnamed'],
  additionalProperties: false,
  properties: {
    group: slug,
    role: { enum: ['from', 'to', 'with'] },
    level: { enum: LEVEL_IDS },
    person: slug,
    label: { type: 'string', description: "The article's description of an actor it does not name." },
    unnamed: { type: 'boolean' },
  },
} as const;

const origin = {
  type: 'object',
  required: ['kind', 'key'],
  additionalProperties: false,
  properties: {
    kind: { enum: ORIGIN_KIND_IDS },
    name: { type: 'string' },
    key: { type: 'string', description: 'Claims with one key are one origin.' },
  },
} as const;

/** The schema object. */
export const eventsJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/data/events.schema.json',
  title: 'Chronology events',
  description: 'Events derived from the claims of the cited articles, with every citation and every disagreement between sources.',
  type: 'object',
  required: ['version', 'events'],
  properties: {
    $schema: { type: 'string' },
    version: { type: 'string' },
    description: { type: 'string' },
    vocabulary: { type: 'object' },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'id',
          'page',
          'title',
          'summary',
          'type',
          'date',
          'actors',
          'from',
          'to',
          'levels',
          'support',
          'articles',
          'independentOrigins',
          'origins',
          'inferred',
          'sources',
          'conflicts',
        ],
        additionalProperties: false,
        properties: {
          id: { ...slug, description: 'Stable key; also the event page slug.' },
          page: { type: 'string', pattern: '^/events/[a-z0-9-]+/$', description: 'Site-relative URL of the event page.' },
          title: { type: 'string', minLength: 1 },
          summary: { type: 'string', minLength: 1 },
          type: { enum: EVENT_TYPE_IDS },
          family: { enum: Object.keys(EVENT_FAMILIES) },
          relationship: { type: 'boolean' },
          directed: { type: 'boolean' },
          date: dateInterval,
          actors: { ...ids, minItems: 1 },
          from: { ...ids, description: 'For directed types, when every source gives the same side: the acting group. Empty otherwise.' },
          to: { ...ids, description: 'For directed types, when every source gives the same side: the group acted towards.' },
          levels: { type: 'array', items: { enum: LEVEL_IDS }, description: 'Levels of analysis of the actors across claims.' },
          support: { enum: SUPPORT_IDS, description: 'How well the sources support the event (see /method/).' },
          articles: { type: 'integer', minimum: 1, description: 'Distinct articles citing it.' },
          independentOrigins: { type: 'integer', minimum: 0, description: 'Independent origins that present it (see /method/).' },
          origins: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'label', 'kind', 'sources'],
              additionalProperties: false,
              properties: { key: { type: 'string' }, label: { type: 'string' }, kind: { enum: ORIGIN_KIND_IDS }, sources: ids },
            },
          },
          inferred: { type: 'boolean', description: 'The date rests on an editorial reading: approximate.' },
          places: ids,
          people: ids,
          names: {
            type: 'object',
            description: 'Names of the actors at the event date, by group id.',
            additionalProperties: {
              type: 'object',
              required: ['name', 'short'],
              additionalProperties: false,
              properties: { name: { type: 'string' }, short: { type: 'string' } },
            },
          },
          sources: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: [
                'source',
                'claim',
                'anchor',
                'quote',
                'dateText',
                'date',
                'status',
                'actors',
                'from',
                'to',
                'parties',
                'people',
                'provenance',
                'attribution',
              ],
              additionalProperties: false,
              properties: {
                source: slug,
                claim: { type: 'integer', minimum: 0 },
                anchor: { type: 'string', pattern: '^claim-[a-z0-9-]+$', description: 'Fragment id of the claim on its source page.' },
                quote: { type: 'string', minLength: 1 },
                dateText: { type: 'string', minLength: 1, description: "The source's own wording of the date." },
                date: dateInterval,
                dateBasis: { type: 'string' },
                reportDate: dateInterval,
                status,
                actors: ids,
                from: ids,
                to: ids,
                parties: { type: 'array', items: party },
                place: slug,
                people: ids,
                provenance: {
                  type: 'object',
                  required: ['origin', 'chain', 'partisan', 'selfStatement', 'counts'],
                  additionalProperties: false,
                  properties: {
                    origin,
                    chain: { type: 'array', items: { type: 'string' }, description: 'Origin → intermediaries → outlet.' },
                    partisan: { type: 'boolean' },
                    selfStatement: { type: 'boolean' },
                    counts: { type: 'boolean', description: 'Counts toward independent origins.' },
                  },
                },
                attribution: { type: 'string' },
                account: { type: 'string', description: "This source's version of what happened." },
                note: { type: 'string' },
              },
            },
          },
          conflicts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'summary', 'positions'],
              additionalProperties: false,
              properties: {
                field: { enum: ['date', 'actors', 'direction', 'status', 'what'] },
                summary: { type: 'string' },
                positions: {
                  type: 'array',
                  minItems: 2,
                  items: {
                    type: 'object',
                    required: ['value', 'sources'],
                    additionalProperties: false,
                    properties: { value: { type: 'string' }, sources: { ...ids, minItems: 1 } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
