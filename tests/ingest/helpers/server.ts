import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url(path: string): string;
  /** Requests seen, by path, to check what the client asked for (and that it asked at all). */
  hits: Map<string, IncomingMessage[]>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1, port 0, answering from a table of routes. */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits = new Map<string, IncomingMessage[]>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, [...(hits.get(path) ?? []), req]);
    const route = routes[path];
    if (!route) {
      res.statusCode = 404;
      res.end('not here');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
