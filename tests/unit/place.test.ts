import { describe, expect, it } from 'vitest';
import { PlaceSchema } from '../../src/schemas/place';
import { placesJson } from '../../src/lib/publish/data';
import type { ChronologyPlace } from '../../src/lib/chronology/types';

const base = { name: 'Fixture Town', kind: 'town', note: 'A fictional town.' };
const messages = (value: unknown) => {
  const r = PlaceSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('PlaceSchema coordinates', () => {
  it('requires coordinates to say where they come from', () => {
    expect(messages({ ...base, coordinates: { lat: 34.45, lon: 40.92, provenance: 'general-reference' } })).toEqual([]);
    expect(messages({ ...base, coordinates: { lat: 34.45, lon: 40.92 } })).toEqual([
      'coordinates.provenance: is missing: say where the coordinates come from (general-reference); the five articles give none',
    ]);
    expect(messages({ ...base, coordinates: { lat: 34.45, lon: 40.92, provenance: 'the articles' } })).toEqual([
      'coordinates.provenance: unknown coordinate provenance "the articles": use one of general-reference',
    ]);
  });
});

describe('placesJson', () => {
  it("publishes each pair of coordinates with its provenance note, and places without coordinates as they are", () => {
    const town = { id: 'town', ...PlaceSchema.parse({ ...base, coordinates: { lat: 1, lon: 2, provenance: 'general-reference' } }), events: [] } as ChronologyPlace;
    const country = { id: 'country', ...PlaceSchema.parse({ ...base, name: 'Fixtureland', kind: 'country' }), events: [] } as ChronologyPlace;
    const json = JSON.parse(placesJson({ places: [town, country] }));
    expect(json.places[0].coordinates).toEqual({ lat: 1, lon: 2, provenance: 'general-reference', note: 'general reference, not from the five articles' });
    expect(json.places[1].coordinates).toBeUndefined();
    expect(json.fields.coordinates).toMatch(/the five articles give none/);
  });
});
