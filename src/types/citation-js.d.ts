/** The parts of citation-js's API this project uses (the packages ship no type declarations). */
declare module '@citation-js/core' {
  /** A set of CSL-JSON items that formats itself (`bibliography`, `bibtex`, `biblatex`, `ris`, `data`). */
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    output: { format(name: string, data: unknown[], options?: Record<string, unknown>): unknown };
    config: {
      get(name: '@csl'): { styles: { has(name: string): boolean; add(name: string, xml: string): void } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  /** Parses a personal name ("Given Family") into CSL name parts. */
  export function parse(name: string): Record<string, string>;
}
