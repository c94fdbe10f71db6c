// Byte progress of uploads and downloads, drawn by cli-progress on stderr: a redrawn bar on a
// terminal; with --progress on a pipe or file, a plain line every half second and a last one at
// the end (what a CI log or a test reads); nothing with --no-progress. The bytes are counted as
// they stream through, so nothing is buffered for it.
import { Transform } from 'node:stream';
import cliProgress from 'cli-progress';
import { humanBytes } from './output.js';

export interface ByteProgress {
  /** Counts the bytes flowing through; pipe the data through it. */
  readonly counter: Transform;
  /** Bytes counted so far. */
  bytes(): number;
  /** Draws the final state (100 % for a known size) and ends the bar. */
  stop(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  stream: NodeJS.WritableStream;
}

function rate(bytes: number, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds <= 0 ? '' : `${humanBytes(Math.round(bytes / seconds))}/s`;
}

/** A progress bar for `total` bytes (undefined: size unknown, e.g. stdin) labelled `label`. */
export function createByteProgress(
  label: string,
  total: number | undefined,
  options: ProgressOptions,
): ByteProgress {
  let done = 0;
  const startedAt = Date.now();
  const bar = options.enabled
    ? new cliProgress.SingleBar({
        stream: options.stream,
        noTTYOutput: true,
        notTTYSchedule: 500,
        // On a terminal the last drawing stays (with a newline); a plain stream has its lines already.
        clearOnComplete: (options.stream as { isTTY?: boolean }).isTTY !== true,
        hideCursor: false,
        barsize: 30,
        format: (_options, params) => {
          const amount =
            total === undefined
              ? humanBytes(params.value)
              : `${Math.floor(params.progress * 100)}% ${humanBytes(params.value)}/${humanBytes(total)}`;
          const bar =
            total === undefined ? '' : `[${'#'.repeat(Math.round(params.progress * 30)).padEnd(30, '.')}] `;
          return `${label} ${bar}${amount} ${rate(params.value, startedAt)}`.trimEnd();
        },
      })
    : undefined;
  // cli-progress needs a total; an unknown size is drawn without bar or percentage.
  bar?.start(total ?? 0, 0);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      done += chunk.length;
      bar?.update(done);
      callback(null, chunk);
    },
  });
  return {
    counter,
    bytes: () => done,
    stop() {
      if (bar === undefined) return;
      if (total === undefined) bar.setTotal(done);
      bar.update(done);
      bar.stop();
    },
  };
}
