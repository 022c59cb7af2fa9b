// Eleventy 3 ships no type declarations; these cover the programmatic API Salvo uses.
declare module '@11ty/eleventy' {
  /** The part of Eleventy's configuration API that `src/publish/configure-eleventy.ts` uses. */
  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void
    addPlugin(plugin: (config: UserConfig) => void): void
    /** Adds a template that has no file: its path in the input folder, its text, and its front matter. */
    addTemplate(virtualInputPath: string, content: string, data: Record<string, unknown>): void
    htmlTransformer: {
      /** Rewrites each URL in `href`, `src`, `action`… of HTML output; `this` holds the page's `url`. */
      addUrlTransform(extensions: string, callback: (this: { url?: string }, url: string) => string, options?: { priority?: number }): void
    }
  }
  interface EleventyOptions {
    configPath?: string
    quietMode?: boolean
    pathPrefix?: string
    /** Runs before the configuration file, with the same API. */
    config?: (config: UserConfig) => void | Promise<void>
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions)
    write(): Promise<unknown>
  }
}
