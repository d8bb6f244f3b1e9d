import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

export interface RecordedQuery {
  text: string;
  values: unknown[] | undefined;
  /** From the call until its promise settled (the connection was already checked out of the pool). */
  ms: number;
}

export interface PgRecording {
  readonly queries: RecordedQuery[];
  stop(): void;
}

/**
 * Records every statement that any `pg` Client of this process sends while on, the api's TypeORM pool
 * included (TypeORM loads the same `pg` module). Wraps `Client.prototype.query`; `stop()` restores it.
 */
export function recordPgQueries(): PgRecording {
  // pg's query() has many overloads; the wrapper passes every argument through unchanged.
  const proto = Client.prototype as unknown as { query: (...args: any[]) => any };
  const original = proto.query;
  const queries: RecordedQuery[] = [];
  proto.query = function (this: Client, ...args: any[]) {
    const first: unknown = args[0];
    const text =
      typeof first === 'string'
        ? first
        : String((first as { text?: unknown } | undefined)?.text ?? '(unknown)');
    const values: unknown = Array.isArray(args[1])
      ? args[1]
      : (first as { values?: unknown } | undefined)?.values;
    const started = performance.now();
    const result = original.apply(this, args);
    const entry: RecordedQuery = { text, values: Array.isArray(values) ? values : undefined, ms: Number.NaN };
    queries.push(entry);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      const settle = () => {
        entry.ms = performance.now() - started;
      };
      (result as Promise<unknown>).then(settle, settle);
    }
    return result;
  };
  return {
    queries,
    stop: () => {
      proto.query = original;
    },
  };
}

export interface StatementSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * When each statement sent by any pg Client of this process started and settled (pg-recorder.ts keeps
 * durations only; overlapping statements need their start).
 */
export function recordStatementSpans(): { spans: StatementSpan[]; stop(): void } {
  // pg's query() has many overloads; the wrapper passes every argument through unchanged.
  const proto = Client.prototype as unknown as { query: (...args: any[]) => any };
  const original = proto.query;
  const spans: StatementSpan[] = [];
  proto.query = function (this: Client, ...args: any[]) {
    const first: unknown = args[0];
    const text =
      typeof first === 'string' ? first : String((first as { text?: unknown } | undefined)?.text ?? '');
    const span: StatementSpan = { text, start: performance.now(), end: Number.NaN };
    spans.push(span);
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      const settle = () => {
        span.end = performance.now();
      };
      (result as Promise<unknown>).then(settle, settle);
    }
    return result;
  };
  return {
    spans,
    stop: () => {
      proto.query = original;
    },
  };
}

/** Milliseconds during which at least one of the spans ran. */
export function coveredMs(spans: readonly StatementSpan[]): number {
  const sorted = spans.filter((s) => Number.isFinite(s.end)).sort((a, b) => a.start - b.start);
  let covered = 0;
  let until = -Infinity;
  for (const span of sorted) {
    if (span.end <= until) continue;
    covered += span.end - Math.max(span.start, until);
    until = span.end;
  }
  return covered;
}
