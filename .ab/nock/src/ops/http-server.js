import { createServer } from 'node:http';
/** A small HTTP server for the ops routes, used when no Slack HTTP receiver already owns the port. */
export function startHttpServer(routes, port, host = '0.0.0.0') {
    const server = createServer((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        const route = routes.find((r) => r.path === path && r.method === req.method);
        if (route)
            return route.handler(req, res);
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found\n');
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server));
    });
}
//# sourceMappingURL=http-server.js.map