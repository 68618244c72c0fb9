/** The content folder: `./content`, or wherever CHRONOLOGY_CONTENT points (benchmarks, fixtures). */
export const contentDir: string = process.env.CHRONOLOGY_CONTENT?.replace(/\/$/, '') || './content';
