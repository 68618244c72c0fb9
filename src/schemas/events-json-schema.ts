/** JSON Schema (2020-12) of /data/events.json; published as /data/events.schema.json and tested against the real file. */
import { EVENT_FAMILIES, EVENT_TYPE_IDS, STATUS_IDS } from '../lib/chronology/vocabulary';
import { routes } from '../lib/routes';

const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const status = { enum: STATUS_IDS } as const;
const ids = { type: 'array', items: slug } as const;

const dateInterval = {
  type: 'object',
  required: ['start', 'end', 'precision', 'label'],
  additionalProperties: false,
  properties: {
    start: { ...isoDay, description: 'First possible day (inclusive).' },
    end: { ...isoDay, description: 'Last possible day (inclusive).' },
    precision: { enum: ['day', 'month', 'season', 'year', 'range', 'undated'] },
    label: { type: 'string', minLength: 1 },
  },
} as const;

/** The schema object. */
export const eventsJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: routes.dataFile('events.schema.json'),
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
        required: ['id', 'page', 'title', 'summary', 'type', 'date', 'actors', 'from', 'to', 'status', 'sources', 'conflicts'],
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
          from: { ...ids, description: 'For directed types: the acting group (e.g. the one pledging).' },
          to: { ...ids, description: 'For directed types: the group acted towards (e.g. the one pledged to).' },
          status,
          places: { type: 'array', items: { type: 'string' } },
          sources: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['source', 'claim', 'anchor', 'quote', 'dateText', 'date', 'status', 'actors', 'from', 'to'],
              additionalProperties: false,
              properties: {
                source: slug,
                claim: { type: 'integer', minimum: 0 },
                anchor: { type: 'string', pattern: '^claim-[a-z0-9-]+$', description: 'Fragment id of the claim on its source page.' },
                quote: { type: 'string', minLength: 1 },
                dateText: { type: 'string', minLength: 1, description: "The source's own wording of the date." },
                date: dateInterval,
                dateBasis: { type: 'string' },
                status,
                actors: ids,
                from: ids,
                to: ids,
                place: { type: 'string' },
                attribution: { type: 'string' },
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
                field: { enum: ['date', 'actors', 'direction', 'status'] },
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
