import { describe, expect, it } from 'vitest';
import { hasRtl, textDirection } from '../../src/lib/text-direction';

describe('textDirection', () => {
  it('sets right-to-left for Arabic-script languages only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ar-SY')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection(undefined)).toBe('ltr');
    expect(hasRtl('أبو محمد الجولاني')).toBe(true);
    expect(hasRtl('al-Jawlani')).toBe(false);
  });
});
