/** Types of page-scripts.mjs. */
export function pageScripts(dist: string, page: string): { url: string; raw: number; gzip: number; lazy: boolean }[];
