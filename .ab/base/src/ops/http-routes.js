import { sql } from 'kysely';
import { renderMetrics } from './metrics.js';
/** /healthz (the database answers) and /metrics (Prometheus text). Served on PORT, beside Slack's events. */
export function opsRoutes(db, clock, role) {
    return [
        {
            path: '/healthz',
            method: 'GET',
            handler: (_req, res) => {
                sql `select 1`
                    .execute(db)
                    .then(() => send(res, 200, 'application/json', JSON.stringify({ ok: true, role })))
                    .catch((e) => send(res, 503, 'application/json', JSON.stringify({ ok: false, error: String(e?.message ?? e) })));
            },
        },
        {
            path: '/metrics',
            method: 'GET',
            handler: (_req, res) => {
                renderMetrics(db, clock.now())
                    .then((text) => send(res, 200, 'text/plain; version=0.0.4', text))
                    .catch((e) => send(res, 500, 'text/plain', `# error: ${String(e?.message ?? e)}\n`));
            },
        },
    ];
}
function send(res, status, type, body) {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
}
//# sourceMappingURL=http-routes.js.map