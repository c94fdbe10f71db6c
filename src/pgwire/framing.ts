import type { Duplex } from 'node:stream';
import { PgError } from './errors.js';

/**
 * Reads PostgreSQL packets from a socket without trusting their length prefixes: untyped packets
 * (SSLRequest, CancelRequest, StartupMessage: int32 length first) during negotiation, then typed
 * messages (a type byte, then int32 length). A length outside the limits is refused before any
 * buffer of that size exists; bytes are kept only as they arrive, and the socket is paused while
 * nobody reads. Every message is returned in a fresh buffer of its own (pg-gateway reads its
 * messages through `.buffer`, ignoring offsets).
 */
export class PacketReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private waiter: (() => void) | undefined;
  private readonly onData = (chunk: Buffer) => {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered > this.highWater) this.stream.pause();
    this.wake();
  };
  private readonly onEnd = () => {
    this.ended = true;
    this.wake();
  };

  constructor(
    private readonly stream: Duplex,
    private readonly highWater = 1024 * 1024,
  ) {
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('close', this.onEnd);
    stream.on('error', this.onEnd);
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  get pendingBytes(): number {
    return this.buffered;
  }

  /** Waits until `n` bytes are buffered; false at end of stream. */
  private async need(n: number): Promise<boolean> {
    while (this.buffered < n) {
      if (this.ended) return false;
      this.stream.resume();
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
    return true;
  }

  private peek(n: number): Buffer {
    if (this.chunks.length > 0 && (this.chunks[0] as Buffer).length >= n)
      return (this.chunks[0] as Buffer).subarray(0, n);
    const out = Buffer.alloc(n);
    let o = 0;
    for (const c of this.chunks) {
      const take = Math.min(c.length, n - o);
      c.copy(out, o, 0, take);
      o += take;
      if (o === n) break;
    }
    return out;
  }

  /** Removes `n` bytes into a fresh buffer. */
  private take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const c = this.chunks[0] as Buffer;
      const take = Math.min(c.length, n - o);
      out.set(c.subarray(0, take), o);
      o += take;
      if (take === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(take);
    }
    this.buffered -= n;
    if (this.buffered <= this.highWater) this.stream.resume();
    return out;
  }

  /**
   * One untyped packet (length included); undefined at end of stream. Lengths outside
   * 8..maxLength are 08P01 "invalid length of startup packet".
   */
  async readUntyped(maxLength: number): Promise<Uint8Array | undefined> {
    if (!(await this.need(4))) return undefined;
    const len = this.peek(4).readInt32BE(0);
    if (len < 8 || len > maxLength) throw new PgError('08P01', 'invalid length of startup packet');
    if (!(await this.need(len))) return undefined;
    return this.take(len);
  }

  /**
   * One typed message (type byte + length + body); undefined at end of stream. A length below 4
   * is 08P01; above `maxLength` 54000 naming the limit.
   */
  async readTyped(maxLength: number, limitName: string): Promise<Uint8Array | undefined> {
    if (!(await this.need(5))) return undefined;
    const head = this.peek(5);
    const len = head.readInt32BE(1);
    if (len < 4) throw new PgError('08P01', `invalid message length ${len}`);
    if (len > maxLength) {
      throw new PgError(
        '54000',
        `message of ${len} bytes exceeds the limit of ${maxLength} bytes (${limitName})`,
      );
    }
    if (!(await this.need(len + 1))) return undefined;
    return this.take(len + 1);
  }

  /** Stops reading this stream (before a TLS upgrade); returns what was read but not consumed. */
  detach(): Buffer {
    this.stream.off('data', this.onData);
    this.stream.off('end', this.onEnd);
    this.stream.off('close', this.onEnd);
    this.stream.off('error', this.onEnd);
    this.stream.pause();
    const rest = Buffer.concat(this.chunks);
    this.chunks = [];
    this.buffered = 0;
    return rest;
  }
}
