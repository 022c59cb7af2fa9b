// Eleventy's development server (2.x) ships no type declarations; these cover what `npm start` uses (scripts/start.ts).
declare module '@11ty/eleventy-dev-server' {
  interface DevServerLogger {
    info(message: string): void
    log(message: string): void
    error(message: string): void
  }
  interface DevServerOptions {
    /** Prints lines the server says (a port in use, a file it could not read). */
    logger?: DevServerLogger
    /** The line printed once it listens, or `false` for none. */
    messageOnStart?: () => string | false
  }
  export default class EleventyDevServer {
    /** Serves the folder `dir` as it is at each request, with a live-reload script added to every HTML page. */
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer
    serve(port: number): void
    /** Resolves once the server listens. */
    ready(): Promise<void>
    /** `http://localhost:8080/`, once it listens: the port may be a later one than asked for, when that one was in use. */
    getServerUrl(host: string, pathname?: string): string
    /** Tells every open page to reload (or, for `.css` files only, to reload its style sheets). */
    reload(event: { files: string[] }): void
    close(): Promise<void>
  }
}
