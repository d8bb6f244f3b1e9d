import { SingleBar } from 'cli-progress';
import { Progress, silentProgress } from './progress';

export interface TerminalProgress {
  progress: Progress;
  /** Removes the bar, so what is printed next starts on a clean line. */
  stop(): void;
}

/**
 * A progress bar on the terminal (cli-progress) when the output is one; nothing otherwise, so logs and
 * captured output (tests, CI, `npm start > file`) do not fill with redrawn bars.
 */
export function terminalProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stdout,
): TerminalProgress {
  if (!stream.isTTY) return { progress: silentProgress, stop: () => undefined };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {step}`,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    clearOnComplete: true,
    stream,
    fps: 10,
  });
  let started = false;
  return {
    progress: ({ step, done, total }) => {
      if (!started) {
        bar.start(total, done, { step });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { step });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
