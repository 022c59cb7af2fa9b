import path from 'node:path'

/**
 * Where the commands read and write when no flag says otherwise, relative to the folder they run in
 * (the project's). `npm run build`, `npm start` and `npm run check` take their defaults, and print them
 * in their `--help`, from here.
 */
export const DEFAULT_PATHS = {
  /** The articles, and `corrections.yaml` beside them. */
  seeds: 'seeds',
  /** The finished site. */
  out: '_site',
  /** The pipeline's data file. */
  data: 'build/timeline.json',
  /** The cache folder: extraction results in `extract/`, the record of the last build's pages in `pages/`, the checked knowledge in `knowledge/` (below). */
  cache: '.cache/salvo',
  /** Eleventy's input folder. */
  templates: 'templates',
} as const

/** The extraction cache inside a cache folder (`--cache`). */
export const extractionCacheIn = (cache: string): string => path.join(cache, 'extract')

/** The page cache inside a cache folder (`--cache`): the last build's pages, and the trash of the last swap. */
export const pageCacheIn = (cache: string): string => path.join(cache, 'pages')

/** The knowledge cache inside a cache folder (`--cache`): the knowledge files as last read and checked (src/knowledge/cached-knowledge.ts). */
export const knowledgeCacheIn = (cache: string): string => path.join(cache, 'knowledge')
