import { filesUnder } from '../../src/files-under.js'

/** Every article file (`.md` or `.txt`) under `dir`, at any depth, sorted by name at each level. */
export const articleFiles = (dir: string): string[] => filesUnder(dir).filter((file) => /\.(md|txt)$/i.test(file))
