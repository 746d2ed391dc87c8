import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAddress, refusedKind } from '../../src/ingest/address-policy.js';
import { decodeDocument } from '../../src/ingest/decode-text.js';
import { FetchError } from '../../src/ingest/fetch-error.js';
import { HostPace } from '../../src/ingest/host-pace.js';
import { type FetchOutcome, type SafeFetchOptions, safeFetch, toFetchError } from '../../src/ingest/safe-fetch.js';
import { rss } from './helpers/feeds.js';
import { startServer, type TestServer } from './helpers/server.js';

const FEED = rss([{ guid: 'a1', title: 'TikTok Shop opens in Spain', link: 'https://news.example/a1', text: 'TikTok Shop launched in Spain in March 2024.' }]);
const ALLOWED_BY = '(only public addresses are fetched unless FETCH_ALLOW_PRIVATE=true is set)';
const opts: SafeFetchOptions = { timeoutMs: 2000, maxBytes: 5 * 1024 * 1024, allowLoopback: true };

let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/feed': (_q, res) => {
      res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
      res.end(FEED);
    },
    '/gzip': (_q, res) => {
      res.setHeader('content-type', 'application/rss+xml');
      res.setHeader('content-encoding', 'gzip');
      res.end(gzipSync(FEED));
    },
    '/cp1252-header': (_q, res) => {
      res.setHeader('content-type', 'text/xml; charset=windows-1252');
      res.end(Buffer.from('<?xml version="1.0"?><rss><channel><title>Caf\xe9</title></channel></rss>', 'latin1'));
    },
    '/cp1252-prolog': (_q, res) => {
      res.setHeader('content-type', 'text/xml');
      res.end(Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>R\xe9sum\xe9</title></channel></rss>', 'latin1'));
    },
    '/huge': (req, res) => {
      // 50 MB streamed without a Content-Length: only counting can stop it.
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      req.socket.on('close', () => res.destroy());
      pump();
    },
    '/huge-declared': (_q, res) => {
      res.setHeader('content-length', String(50 * 1024 * 1024));
      res.write('a');
    },
    '/stall': () => {
      // Never answers.
    },
    '/stall-body': (_q, res) => {
      res.setHeader('content-type', 'text/xml');
      res.write('<rss>');
    },
    '/to-private': (_q, res) => {
      res.writeHead(302, { location: 'http://10.0.0.1/feed' });
      res.end();
    },
    '/to-feed': (_q, res) => {
      res.writeHead(301, { location: '/feed' });
      res.end();
    },
    '/loop': (_q, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/to-ftp': (_q, res) => {
      res.writeHead(302, { location: 'ftp://example.org/x' });
      res.end();
    },
    '/fail': (_q, res) => {
      res.statusCode = 500;
      res.end('boom');
    },
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.statusCode = 304;
        return void res.end();
      }
      res.setHeader('etag', '"v1"');
      res.setHeader('last-modified', 'Wed, 20 Mar 2024 08:00:00 GMT');
      res.end(FEED);
    },
  });
});
afterAll(() => server.close());

async function failure(url: string, o: SafeFetchOptions = opts): Promise<FetchError> {
  const err = await safeFetch(url, o).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

/** The fetched body as text, decoded as ingestion decodes it (the charset from Content-Type, else the document's). */
const textOf = (got: Extract<FetchOutcome, { notModified: false }>) => decodeDocument({ bytes: got.body, from: { contentType: got.contentType } }).text;

describe('safeFetch', () => {
  it('reads a feed over loopback when loopback is allowed', async () => {
    const got = await safeFetch(server.url('/feed'), opts);
    expect(got.notModified).toBe(false);
    if (!got.notModified) expect(textOf(got)).toContain('TikTok Shop launched in Spain');
  });

  it('decodes a gzip body', async () => {
    const got = await safeFetch(server.url('/gzip'), opts);
    if (got.notModified) throw new Error('unexpected 304');
    expect(textOf(got)).toBe(FEED);
  });

  it('decodes windows-1252 declared in Content-Type (é stays é)', async () => {
    const got = await safeFetch(server.url('/cp1252-header'), opts);
    if (got.notModified) throw new Error('unexpected 304');
    expect(textOf(got)).toContain('<title>Café</title>');
  });

  it('decodes windows-1252 declared only in the XML prolog', async () => {
    const got = await safeFetch(server.url('/cp1252-prolog'), opts);
    if (got.notModified) throw new Error('unexpected 304');
    expect(textOf(got)).toContain('Résumé');
  });

  it('a 50 MB body is cut at the size cap with a clear reason', async () => {
    const err = await failure(server.url('/huge'));
    expect(err.failure).toBe('too_large');
    expect(err.message).toBe('response larger than 5 MB');
  });

  it('a declared Content-Length over the cap is refused before reading', async () => {
    const err = await failure(server.url('/huge-declared'));
    expect(err.message).toBe('response larger than 5 MB');
  });

  it('a server that never answers times out', async () => {
    const err = await failure(server.url('/stall'), { ...opts, timeoutMs: 300 });
    expect(err.failure).toBe('timeout');
    expect(err.message).toBe('timed out after 0.3 s');
  });

  it('a body that stalls half-way times out', async () => {
    const err = await failure(server.url('/stall-body'), { ...opts, timeoutMs: 300 });
    expect(err.message).toBe('timed out after 0.3 s');
  });

  it('a redirect to a private address is refused even though loopback is allowed', async () => {
    const err = await failure(server.url('/to-private'), { ...opts, timeoutMs: 60_000, connectTimeoutMs: 60_000 });
    // Refused before connecting: a connection attempt to 10.0.0.1 would hang or fail otherwise.
    expect(err.failure).toBe('refused_address');
    expect(err.message).toBe(`redirect to a private address 10.0.0.1 refused ${ALLOWED_BY}`);
  });

  it('a host name resolving to loopback is refused on the resolved address unless allowed', async () => {
    const before = server.hits.get('/feed')?.length ?? 0;
    const url = server.url('/feed').replace('127.0.0.1', 'localhost');
    const err = await failure(url, { ...opts, allowLoopback: false });
    expect(err.failure).toBe('refused_address');
    expect(err.message).toMatch(/^a loopback address (127\.0\.0\.1|::1) refused \(.*FETCH_ALLOW_PRIVATE=true.*\)$/);
    expect(server.hits.get('/feed')?.length ?? 0).toBe(before);
  });

  it('a literal loopback URL is refused when nothing allows it, naming the setting that would', async () => {
    const err = await failure(server.url('/feed'), { ...opts, allowLoopback: false });
    expect(err.message).toBe(`a loopback address 127.0.0.1 refused ${ALLOWED_BY}`);
  });

  it('follows a relative redirect to the feed', async () => {
    const got = await safeFetch(server.url('/to-feed'), opts);
    expect(got.url).toBe(server.url('/feed'));
  });

  it('stops after five redirects', async () => {
    const err = await failure(server.url('/loop'));
    expect(err.failure).toBe('too_many_redirects');
    expect(err.message).toBe('more than 5 redirects');
  });

  it('refuses a redirect to a non-HTTP scheme', async () => {
    const err = await failure(server.url('/to-ftp'));
    expect(err.message).toBe('redirect to ftp: URLs are not fetched, only http(s)');
  });

  it('HTTP errors say their status', async () => {
    expect((await failure(server.url('/missing'))).message).toBe('HTTP 404');
    expect((await failure(server.url('/fail'))).message).toBe('HTTP 500');
  });

  it('a refused connection is a one-line network error', async () => {
    const err = await failure('http://127.0.0.1:1/feed');
    expect(err.failure).toBe('network');
    expect(err.message).toBe('connection refused');
  });

  it('conditional GET: a matching ETag gets 304, which means nothing new', async () => {
    const first = await safeFetch(server.url('/etag'), opts);
    if (first.notModified) throw new Error('unexpected 304');
    expect(first.etag).toBe('"v1"');
    expect(first.lastModified).toBe('Wed, 20 Mar 2024 08:00:00 GMT');
    const second = await safeFetch(server.url('/etag'), { ...opts, etag: first.etag, lastModified: first.lastModified });
    expect(second.notModified).toBe(true);
    const last = server.hits.get('/etag')!.at(-1)!;
    expect(last.headers['if-modified-since']).toBe('Wed, 20 Mar 2024 08:00:00 GMT');
  });
});

describe('address policy', () => {
  it.each([
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'CGNAT'],
    ['::1', 'loopback'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a00:1', 'private'],
    ['0.0.0.0', 'unspecified'],
  ])('%s is %s', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it('public addresses pass', () => {
    expect(classifyAddress('93.184.216.34')).toBeNull();
    expect(classifyAddress('2606:4700::1111')).toBeNull();
  });

  it('allowing loopback does not allow other private ranges; allowPrivate allows all', () => {
    expect(refusedKind('127.0.0.1', { allowLoopback: true })).toBeNull();
    expect(refusedKind('10.0.0.1', { allowLoopback: true })).toBe('private');
    expect(refusedKind('10.0.0.1', { allowPrivate: true })).toBeNull();
  });
});

describe('host pace', () => {
  it('spaces requests to the same host and not to different hosts', async () => {
    let now = 1000;
    const pace = new HostPace(50, () => now);
    const waits: string[] = [];
    await pace.wait('a.example');
    waits.push('a1');
    const second = pace.wait('a.example').then(() => waits.push('a2'));
    await pace.wait('b.example');
    waits.push('b1');
    now = 1100;
    await second;
    expect(waits).toEqual(['a1', 'b1', 'a2']);
  });
});

describe('network failure reasons', () => {
  it('a host name that does not resolve says it was the DNS lookup, and the two likely causes', () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND news.example'), { code: 'ENOTFOUND' });
    const e = toFetchError(notFound);
    expect(e.failure).toBe('network');
    expect(e.message).toBe('host not found (DNS lookup failed: no network, or a wrong host name)');
  });
});
