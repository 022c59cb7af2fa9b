/** `format` remembering its answers, for a few distinct inputs asked for many times (days spelt, outlets slugged). */
export function remember(format: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>()
  return (text) => {
    let answer = known.get(text)
    if (answer === undefined) known.set(text, (answer = format(text)))
    return answer
  }
}
