import type { Duplex } from 'node:stream';
import { MessageWriter } from './protocol.js';

/**
 * The backend side of one connection: messages accumulate in a MessageWriter and go to the
 * socket as one write per batch (`flush`), waiting for `drain` when the socket's buffer is full
 * (a slow client slows its own query down, never the server's memory).
 */
export class Output {
  readonly w = new MessageWriter();
  private socket: Duplex;
  private isClosed = false;

  constructor(
    socket: Duplex,
    private readonly onBytes: (n: number) => void,
  ) {
    this.socket = socket;
  }

  /** The socket after a TLS upgrade. */
  setSocket(socket: Duplex): void {
    this.socket = socket;
  }

  get closed(): boolean {
    return this.isClosed || this.socket.destroyed || !this.socket.writable;
  }

  /** Nothing more is written (a FATAL went out, or the socket is gone). */
  close(): void {
    this.isClosed = true;
  }

  /** Writes what is buffered; resolves once the socket can take more. */
  async flush(): Promise<void> {
    if (this.w.length === 0) return;
    const buf = this.w.take();
    await this.writeRaw(buf);
  }

  /** Flushes when more than `threshold` bytes are buffered (long results). */
  async maybeFlush(threshold = 256 * 1024): Promise<void> {
    if (this.w.length >= threshold) await this.flush();
  }

  /** Writes bytes after what is buffered, keeping the order. */
  async writeRaw(buf: Uint8Array): Promise<void> {
    if (this.w.length > 0) {
      const pending = this.w.take();
      await this.writeRaw(pending);
    }
    if (this.closed || buf.length === 0) return;
    this.onBytes(buf.length);
    const socket = this.socket;
    if (socket.write(buf)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        socket.off('drain', done);
        socket.off('close', done);
        resolve();
      };
      socket.on('drain', done);
      socket.on('close', done);
    });
  }
}
