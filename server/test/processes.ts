import { spawn, type ChildProcess } from 'node:child_process';

/** Clients and server processes for the API tests and the load script (no vitest in here). */

export const PASSWORD = 'test-password-1';
export const ORIGIN = 'http://127.0.0.1:8080';

type Fetch = (path: string, init?: RequestInit) => Promise<Response> | Response;

/** A signed-in (or not) API user with its own cookie, sending the Origin a browser would. */
export class ApiClient {
  private cookie = '';
  constructor(
    private readonly doFetch: Fetch,
    private readonly origin = ORIGIN,
  ) {}

  static forUrl(baseUrl: string): ApiClient {
    return new ApiClient((path, init) => fetch(`${baseUrl}${path}`, init), baseUrl);
  }

  // The answer's JSON is read by each test in its own shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookie) h.cookie = this.cookie;
    if (method !== 'GET' && method !== 'HEAD') h.origin ??= this.origin;
    if (typeof body === 'string') {
      init.body = body;
      h['content-type'] ??= 'text/csv';
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await this.doFetch(path, init);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /dgmap_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `dgmap_session=${m[1]}` : '';
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** The session token of the cookie, if signed in. */
  get token(): string | undefined {
    return /dgmap_session=(.+)/.exec(this.cookie)?.[1];
  }

  /** Uses a session made directly in the database (tests that need many signed-in clients fast). */
  useSession(token: string): this {
    this.cookie = `dgmap_session=${token}`;
    return this;
  }

  async signIn(username: string, password = PASSWORD): Promise<void> {
    const r = await this.request('POST', '/api/v1/session', { username, password });
    if (r.status !== 200) throw new Error(`sign-in of ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
  }

  get = (path: string) => this.request('GET', path);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', path, body, headers);
}

export const cellPath = (unit: string, year: number, field: string) => `/api/v1/quotas/${encodeURIComponent(unit)}/${year}/${field}`;


/**
 * A server process (npm start without the app's build) on a free port; resolves once it listens.
 * `compiled`: runs server/build/main.js (as `npm start` does; build it first with
 * `npm run build:server`) rather than the sources through tsx; `script`: runs that compiled file (the
 * server tests' own build of the entry, see server/test/globalSetup.ts); `nodeArgs` go to node (e.g.
 * --cpu-prof).
 */
export async function spawnServer(
  config: { databaseUrl?: string; dataDir: string },
  env: Record<string, string> = {},
  /** The server's entry: `server/test/pausingServer.ts` for one that pauses inside an import. */
  entry = 'server/src/main.ts',
  options: { compiled?: boolean; script?: string; nodeArgs?: string[] } = {},
): Promise<{ url: string; child: ChildProcess; output: () => string; waitFor: (text: string, timeoutMs?: number) => Promise<void>; kill: (signal: NodeJS.Signals) => Promise<void>; stop: () => Promise<void> }> {
  const run = options.script ? ['--enable-source-maps', options.script] : options.compiled ? ['server/build/main.js'] : ['--import', 'tsx', entry];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...run], {
    env: { ...process.env, SKIP_BUILD: '1', PORT: '0', HOST: '127.0.0.1', DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const w of waiters.filter((w) => output.includes(w.text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  /** Resolves once the server has printed `text`; rejects with its output if it exits or stays silent for `timeoutMs`. */
  const waitFor = (text: string, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      if (output.includes(text)) return resolve();
      const timer = setTimeout(() => reject(new Error(`the server did not print "${text}" within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
      waiters.push({ text, resolve: () => (clearTimeout(timer), resolve()) });
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited (${code}) before "${text}":\n${output}`))));
    });
  await waitFor('dgmap: serving ');
  const url = /serving (http:\/\/[\d.:]+)/.exec(output)![1];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  /** Sends `signal` unless the process is gone; resolves once it has exited (also when that came first). */
  const kill = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return {
    url,
    child,
    output: () => output,
    waitFor,
    kill,
    stop: () => kill('SIGTERM'),
  };
}

/** Reads a server-sent events response as text, up to a given piece of it. */
export function readEvents(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  // a connection the server closed (it stopped) ends the stream like a normal end
  const read = () => reader.read().catch((): ReadableStreamReadResult<Uint8Array> => ({ done: true, value: undefined }));
  return {
    /** Reads until the text holds `needle`; throws (with what was read) after `timeoutMs` or at the stream's end. */
    until: async (needle: string, timeoutMs = 60_000): Promise<string> => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the event stream did not bring "${needle}" within ${timeoutMs} ms; it ends with:\n${text.slice(-1500)}`)), timeoutMs);
      });
      try {
        while (!text.includes(needle)) {
          // a read given up by the timeout stays pending: the next call takes its chunk
          pending ??= read();
          const chunk = await Promise.race([pending, late]);
          pending = null;
          if (chunk.done) throw new Error(`the event stream ended before "${needle}"; it ends with:\n${text.slice(-1500)}`);
          text += decoder.decode(chunk.value, { stream: true });
        }
        return text;
      } finally {
        clearTimeout(timer);
      }
    },
    /** Everything the stream sent, once it has ended (the server went away). */
    end: async (timeoutMs = 30_000): Promise<string> => {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const left = deadline - performance.now();
        if (left <= 0) throw new Error(`the event stream did not end within ${timeoutMs} ms`);
        pending ??= read();
        const chunk = await Promise.race([pending, new Promise<null>((r) => setTimeout(() => r(null), left).unref())]);
        if (!chunk) continue;
        pending = null;
        if (chunk.done) return text;
        text += decoder.decode(chunk.value, { stream: true });
      }
    },
    text: () => text,
    cancel: () => reader.cancel(),
  };
}
