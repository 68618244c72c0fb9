/** Types of page-scripts.mjs. */
export function pageScripts(dist: string, page: string, base?: string): { url: string; raw: number; gzip: number; lazy: boolean }[];
