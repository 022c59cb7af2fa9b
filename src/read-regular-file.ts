import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'

/** What a path that is not a regular file is. */
export type FileKind = 'folder' | 'fifo' | 'socket' | 'device' | 'other'

/** What reading a file gave: its bytes, or why not, for the caller to say as a sentence. */
export type RegularFileRead =
  | { bytes: Buffer }
  | { refused: 'not-a-file'; kind: FileKind }
  | { refused: 'too-large'; size: number }
  | { refused: 'unreadable'; code: string | null; reason: string }

/** What a path that is not a regular file is. */
export function kindOf(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): FileKind {
  if (stats.isDirectory()) return 'folder'
  if (stats.isFIFO()) return 'fifo'
  if (stats.isSocket()) return 'socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device'
  return 'other'
}

/** A `FileKind` in words, with its article: "a named pipe (FIFO)". */
export function describeKind(kind: FileKind): string {
  return { folder: 'a folder', fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', other: 'a special file' }[kind]
}

/** Why the system refused to open or read a file, in words, with what to do. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'Salvo is not allowed to read it (permission denied); give it read permission, for example `chmod a+r`'
    case 'ENOENT':
      return 'it disappeared while Salvo was reading the folder; run the command again'
    case 'ELOOP':
      return 'it is a symbolic link that leads back to itself; replace the link with the file'
    case 'EISDIR':
      return 'it is a folder, not a file; rename it or move the file into place'
    default:
      return `the system refused to read it (${code ?? (error instanceof Error ? error.message : String(error))}); check the file`
  }
}

const unreadable = (error: unknown): RegularFileRead => ({
  refused: 'unreadable',
  code: (error as NodeJS.ErrnoException | null)?.code ?? null,
  reason: describeFileError(error),
})

/**
 * Reads `file` whole if it is a regular file of at most `maxBytes`. It opens without
 * blocking and checks the open file itself, so a named pipe (which would wait forever
 * for a writer), a device or a file swapped in after a check is never read, and a
 * file too large is refused before any of it is read. Never throws for the file's sake.
 */
export function readRegularFile(file: string, maxBytes: number): RegularFileRead {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return unreadable(error)
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) return { refused: 'not-a-file', kind: kindOf(stats) }
    if (stats.size > maxBytes) return { refused: 'too-large', size: stats.size }
    const bytes = Buffer.alloc(stats.size)
    let read = 0
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read)
      if (n === 0) break
      read += n
    }
    return { bytes: read === bytes.length ? bytes : bytes.subarray(0, read) }
  } catch (error) {
    return unreadable(error)
  } finally {
    closeSync(fd)
  }
}
