import path from 'node:path'

/** The folder every seeds path starts with, whatever the seeds folder is really called. */
const SEEDS = 'seeds'

/** `file` relative to the working directory, with `/` separators. */
const fromHere = (file: string): string => path.relative(process.cwd(), file).split(path.sep).join('/')

/**
 * How the data names a file in the seeds folder: `seeds/` and the file's path inside the folder, with `/`
 * separators (`seeds/2023-10-24-white-house.md`, `seeds/2023/x.md`, `seeds/corrections.yaml`), whatever the
 * folder is called and wherever it is; the folder itself is `seeds`. An article's id (`Article.id`, a
 * report's `article`, an `ArticleRecord`'s `path`) is its seeds path. A file outside the folder (a
 * corrections file given elsewhere through the pipeline's options) keeps its path from the working directory.
 *
 * Which name goes where. The data file, the pages, the feeds, the open data and the corrections name a
 * file by its seeds path, so nothing a build publishes depends on where it ran: `--seeds ../big/seeds`
 * publishes what `seeds/` would. The terminal (`file:line [warning] …`, `npm run check`) names it by its
 * real path from the working directory (`Article.path`, `shownPath`), which an editor can open. With the
 * default layout, run from the project folder, the two are the same string.
 */
export function seedsPath(file: string, seedsDir: string): string {
  const inside = path.relative(seedsDir, file)
  if (inside === '') return SEEDS
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return fromHere(file)
  return [SEEDS, ...inside.split(path.sep)].join('/')
}

/**
 * The real path, from the working directory, of a file the data names by its seeds path (`seedsPath`):
 * what the terminal shows, so an editor can open it. Any other name is returned as it is.
 */
export function shownPath(name: string, seedsDir: string): string {
  if (name !== SEEDS && !name.startsWith(`${SEEDS}/`)) return name
  return fromHere(path.join(seedsDir, ...name.split('/').slice(1)))
}
