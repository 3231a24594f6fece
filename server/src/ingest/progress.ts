// Progress of a bulk ingest: a bar with articles/s and ETA on a terminal (cli-progress), plain
// `progress …` lines otherwise (every 10 % and at most every 2 s between), and always at the end.

import cliProgress from 'cli-progress';

export interface Progress {
  /** One more article done. */
  tick(): void;
  /** A line to show above the bar (or as it is, without one). */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number;
  /** Draw a bar on `stream` (a terminal); otherwise write plain lines with `line`. */
  tty: boolean;
  stream: NodeJS.WriteStream;
  line: (text: string) => void;
  clock?: () => number;
}

export function createProgress({
  total,
  tty,
  stream,
  line,
  clock = () => performance.now(),
}: ProgressOptions): Progress {
  return tty ? barProgress(total, stream) : lineProgress(total, line, clock);
}

function barProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format:
        ' {bar} {percentage}% | {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 100,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { speed: '0.0' });
  const started = performance.now();
  let done = 0;
  return {
    tick() {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { speed: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
    },
    log(text) {
      bars.log(`${text}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}

export function formatProgress(done: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  return (
    `progress ${done}/${total} articles (${percent}%), ${rate.toFixed(1)} articles/s, ` +
    `ETA ${eta === null ? '?' : `${eta} s`}`
  );
}

function lineProgress(total: number, line: (text: string) => void, clock: () => number): Progress {
  const started = clock();
  let done = 0;
  let lastStep = 0;
  let lastAt = started;
  let last = -1;
  const emit = () => {
    last = done;
    lastAt = clock();
    line(formatProgress(done, total, (lastAt - started) / 1000));
  };
  return {
    tick() {
      done += 1;
      const step = total > 0 ? Math.floor((done * 10) / total) : 10;
      if (step > lastStep || clock() - lastAt >= 2000) {
        lastStep = step;
        emit();
      }
    },
    log(text) {
      line(text);
    },
    stop() {
      if (last !== done) emit();
    },
  };
}
