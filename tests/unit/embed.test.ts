import { describe, expect, it } from 'vitest';
import { EMBED_SOURCE, isResizeMessage } from '../../src/lib/embed';

describe('embed resize protocol', () => {
  const ok = { source: EMBED_SOURCE, version: 1, type: 'resize', height: 640 };
  it('accepts the documented message', () => {
    expect(isResizeMessage(ok)).toBe(true);
  });
  it('rejects anything else', () => {
    for (const bad of [
      null,
      'resize',
      { ...ok, source: 'other' },
      { ...ok, version: 2 },
      { ...ok, type: 'navigate' },
      { ...ok, height: '640' },
      { ...ok, height: 640.5 },
      { ...ok, height: 10 },
      { ...ok, height: 1e9 },
      { ...ok, height: Number.NaN },
    ]) {
      expect(isResizeMessage(bad)).toBe(false);
    }
  });
});
