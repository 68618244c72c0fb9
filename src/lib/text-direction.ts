/**
 * Text direction of a language or a string: right-to-left scripts (Arabic, Hebrew, Persian, Urdu…)
 * get `dir="rtl"`, so quotes and headlines render in the right order. Pure.
 */

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** "rtl" for a BCP 47 tag whose language is written right to left ("ar", "ar-SY", "fa"), else "ltr". */
export function textDirection(lang: string | undefined): 'rtl' | 'ltr' {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]!;
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** True when a string contains any right-to-left letter (Hebrew, Arabic and related blocks). */
export function hasRtl(text: string): boolean {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text);
}
