/**
 * Every match of a global pattern in `text`, in order, as `matchAll` gives them but without its copy of the pattern.
 * `matchAll` (like `split`) makes a new RegExp each call, which V8 compiles again; for the extraction's long rule
 * patterns, run on every sentence, that copy costs far more than the search (`npm run bench`, "extraction"). The
 * matches are all found before any is returned, so a caller may run the same pattern again while it reads them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern (flag g); /${pattern.source.slice(0, 40)}/ is not.`)
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex += 1
    found.push(m)
  }
  pattern.lastIndex = 0
  return found
}
