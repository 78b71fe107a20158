/**
 * A lean HTTP/1.1 client for the load script: one keep-alive socket, one request at a time, the
 * request bytes built once. `fetch` (undici) spends far more CPU per request than the server does
 * on a cached answer, and the load script shares the 2 cores with the server: measured with fetch,
 * the figures were the client's. This is still real HTTP over TCP: every request is sent in full,
 * every answer read in full (Content-Length or chunked) and its status checked.
 */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** The header block as received (lower-case names are not guaranteed). */
  head: string;
  body: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');

export class RawConnection {
  private socket: Socket | null = null;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (r: RawResponse) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private open(): Promise<Socket> {
    if (this.socket && !this.socket.destroyed) return Promise.resolve(this.socket);
    return new Promise((resolve, reject) => {
      const s = connect({ host: this.host, port: this.port, noDelay: true }, () => resolve(s));
      s.on('data', (d: Buffer) => this.onData(d));
      const fail = (e: Error) => {
        if (this.socket === s) this.socket = null;
        this.buffer = Buffer.alloc(0);
        const w = this.waiting;
        this.waiting = null;
        w?.reject(e);
        reject(e);
      };
      s.on('error', fail);
      s.on('close', () => fail(new Error('connection closed')));
      this.socket = s;
    });
  }

  /** Sends one whole request (bytes) and resolves with the whole answer. */
  async request(bytes: Buffer | string): Promise<RawResponse> {
    const s = await this.open();
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      s.write(bytes);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private onData(d: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, d]) : d;
    for (;;) {
      const r = this.parse();
      if (!r) return;
      const w = this.waiting;
      this.waiting = null;
      w?.resolve(r);
    }
  }

  /** One complete answer off the front of the buffer, or null while incomplete. */
  private parse(): RawResponse | null {
    const end = this.buffer.indexOf(CRLF2);
    if (end < 0) return null;
    const head = this.buffer.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const start = end + 4;
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (length) {
      const n = Number(length[1]);
      if (this.buffer.length < start + n) return null;
      const body = this.buffer.subarray(start, start + n);
      this.buffer = this.buffer.subarray(start + n);
      return { status, head, body };
    }
    if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      const parts: Buffer[] = [];
      let at = start;
      for (;;) {
        const lineEnd = this.buffer.indexOf('\r\n', at);
        if (lineEnd < 0) return null;
        const size = parseInt(this.buffer.toString('latin1', at, lineEnd), 16);
        if (this.buffer.length < lineEnd + 2 + size + 2) return null;
        if (size === 0) {
          this.buffer = this.buffer.subarray(lineEnd + 4);
          return { status, head, body: Buffer.concat(parts) };
        }
        parts.push(this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
    }
    // 204 / 304 or an answer without a body
    this.buffer = this.buffer.subarray(start);
    return { status, head, body: Buffer.alloc(0) };
  }
}

/** The bytes of one request. */
export function requestBytes(method: string, path: string, host: string, headers: Record<string, string>, body?: string): Buffer {
  const lines = [`${method} ${path} HTTP/1.1`, `Host: ${host}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
  if (body !== undefined) lines.push(`Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}
