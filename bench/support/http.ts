import * as http from 'node:http';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpCall {
  port: number;
  method: 'GET' | 'POST';
  path: string;
  headers?: http.OutgoingHttpHeaders;
  body?: string;
  /** A keep-alive agent to reuse one connection; `false` opens a new connection. */
  agent: http.Agent | false;
  timeoutMs?: number;
}

/** One HTTP exchange on loopback, the whole body read. */
export function httpCall(call: HttpCall): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: call.port,
        method: call.method,
        path: call.path,
        agent: call.agent,
        headers: {
          ...(call.body !== undefined ? { 'content-length': Buffer.byteLength(call.body) } : {}),
          ...call.headers,
        },
        timeout: call.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(new Error(`no answer from ${call.path} within ${call.timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

/** A keep-alive agent holding a single connection, so sequential requests never reconnect. */
export function keepAliveAgent(): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: 1 });
}
