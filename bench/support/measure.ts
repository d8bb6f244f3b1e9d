import * as os from 'node:os';

/** Summary of a list of durations in milliseconds. */
export interface Summary {
  n: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    mean: sum / sorted.length,
    min: sorted[0]!,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1]!,
  };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function median(samples: readonly number[]): number {
  return summarize(samples).p50;
}

/** Milliseconds with a precision that suits their size: 0.123 ms, 12.3 ms, 1234 ms. */
export function ms(value: number): string {
  if (value < 10) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(2)} s`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** Left-aligned first column, right-aligned numbers, a rule under the header. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
    .map((l) => `  ${l}`)
    .join('\n');
}

/** One target of one benchmark and whether this run met it. */
export interface Verdict {
  target: string;
  pass: boolean;
  detail: string;
}

export function verdictLine(verdict: Verdict): string {
  return `${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.target}: ${verdict.detail}`;
}

export function machineDescription(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return [
    `machine: ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? 'unknown model'}), ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}`,
    `node:    ${process.version} (${process.execPath})`,
    `load:    ${load} (1/5/15 min; other work on this machine makes every number noisier)`,
  ].join('\n');
}
