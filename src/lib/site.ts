/** Facts about the site itself, used in page metadata, citations and credits. */

export const SITE = {
  name: 'Jihadist alliances, 2003–2017',
  tagline: 'A sourced chronology of how jihadist groups allied, split, pledged allegiance and made truces',
  /** Who to credit in citations of the site. */
  publisher: 'Jihadist Alliances Chronology project',
  /** Date of this edition of the content (bump when content changes); citations use it. */
  edition: '2026-11-30',
  language: 'en',
} as const;
