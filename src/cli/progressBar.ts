import { SingleBar } from 'cli-progress';

/** Progress callbacks for an ingest: a bar on a terminal, nothing when output goes to a file or a pipe. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream, format: 'ingest [{bar}] {value}/{total} files  {eta_formatted} left', clearOnComplete: true, hideCursor: true });
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
