/** Exit status after a second, impatient signal: 128 + SIGINT's number, as shells report it. */
const FORCED_EXIT = 130;

/**
 * Resolves with the first SIGINT or SIGTERM, so the caller can stop in order (drain, disconnect, close the store).
 * A second signal while that runs exits at once: whoever sends it has given up waiting.
 */
export function firstSignal(onForced: (signal: NodeJS.Signals) => void = () => undefined): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const handle = (signal: NodeJS.Signals): void => {
      if (received) {
        onForced(signal);
        process.exit(FORCED_EXIT);
      }
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  });
}
