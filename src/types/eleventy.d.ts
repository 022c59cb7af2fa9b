// Eleventy 3 ships no type declarations; these cover the programmatic API Salvo uses.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string
    quietMode?: boolean
    source?: 'cli' | 'script'
    runMode?: 'build' | 'serve' | 'watch'
    pathPrefix?: string
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions)
    init(): Promise<void>
    write(): Promise<unknown>
    watch(): Promise<void>
    serve(port?: number): Promise<void>
    close(): Promise<void>
  }
}
