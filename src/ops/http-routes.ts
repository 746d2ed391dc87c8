import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { renderMetrics } from './metrics.js';

export interface Route {
  path: string;
  method: 'GET';
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** /healthz (the database answers) and /metrics (Prometheus text). Served on PORT, beside Slack's events. */
export function opsRoutes(db: Kysely<Database>, clock: Clock, role: string): Route[] {
  return [
    {
      path: '/healthz',
      method: 'GET',
      handler: (_req, res) => {
        sql`select 1`
          .execute(db)
          .then(() => send(res, 200, 'application/json', JSON.stringify({ ok: true, role })))
          .catch((e: unknown) =>
            send(res, 503, 'application/json', JSON.stringify({ ok: false, error: String((e as Error)?.message ?? e) })),
          );
      },
    },
    {
      path: '/metrics',
      method: 'GET',
      handler: (_req, res) => {
        renderMetrics(db, clock.now())
          .then((text) => send(res, 200, 'text/plain; version=0.0.4', text))
          .catch((e: unknown) => send(res, 500, 'text/plain', `# error: ${String((e as Error)?.message ?? e)}\n`));
      },
    },
  ];
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
