import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import { refusedKind } from './address-policy.js';
import { FetchError, megabytes, seconds } from './fetch-error.js';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
/**
 * GET a URL without trusting it: every hop's address is checked (literal IPs before connecting,
 * host names on the resolved address through `lookup`), and time, size and redirects are bounded.
 * Throws FetchError with a one-line reason.
 */
export async function safeFetch(rawUrl, opts) {
    const maxRedirects = opts.maxRedirects ?? 5;
    let url = parseHttpUrl(rawUrl);
    const started = Date.now();
    for (let hop = 0;; hop++) {
        await opts.pace?.wait(url.host);
        const remaining = opts.timeoutMs - (Date.now() - started);
        if (remaining <= 0)
            throw new FetchError('timeout', `timed out after ${seconds(opts.timeoutMs)}`);
        const res = await requestOnce(url, opts, hop > 0, remaining);
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
            res.resume();
            const location = res.headers.location;
            if (!location)
                throw new FetchError('http_status', `HTTP ${status} redirect without a Location`, status);
            if (hop >= maxRedirects)
                throw new FetchError('too_many_redirects', `more than ${maxRedirects} redirects`);
            url = parseHttpUrl(new URL(location, url).toString(), true);
            continue;
        }
        if (status === 304) {
            res.resume();
            return { notModified: true, url: url.toString() };
        }
        if (status < 200 || status >= 300) {
            res.resume();
            throw new FetchError('http_status', `HTTP ${status}`, status);
        }
        const body = await readBody(res, opts.maxBytes, opts.timeoutMs - (Date.now() - started), opts.timeoutMs);
        const contentType = header(res, 'content-type');
        return {
            notModified: false,
            url: url.toString(),
            contentType,
            body,
            etag: header(res, 'etag'),
            lastModified: header(res, 'last-modified'),
        };
    }
}
function parseHttpUrl(raw, redirected = false) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new FetchError('bad_url', `not a valid URL: ${raw.slice(0, 100)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchError('bad_url', `${redirected ? 'redirect to ' : ''}${url.protocol} URLs are not fetched, only http(s)`);
    }
    return url;
}
const header = (res, name) => {
    const v = res.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
};
function refusal(address, kind, redirected) {
    return new FetchError('refused_address', `${redirected ? 'redirect to ' : ''}a ${kind} address ${address} refused (only public addresses are fetched unless FETCH_ALLOW_PRIVATE=true is set)`);
}
/** dns.lookup that refuses non-public answers, so the check is on the address actually dialled. */
function guardedLookup(policy, redirected) {
    return (hostname, options, callback) => {
        dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
            if (err)
                return callback(err);
            for (const a of addresses) {
                const kind = refusedKind(a.address, policy);
                if (kind)
                    return callback(refusal(a.address, kind, redirected));
            }
            if (options.all)
                return callback(null, addresses);
            const first = addresses[0];
            if (!first)
                return callback(new Error(`no address for ${hostname}`));
            callback(null, first.address, first.family);
        });
    };
}
function requestOnce(url, opts, redirected, remainingMs) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
        const kind = refusedKind(host, opts);
        if (kind)
            return Promise.reject(refusal(host, kind, redirected));
    }
    const headers = {
        'user-agent': opts.userAgent ?? 'rivalwatch',
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag)
        headers['if-none-match'] = opts.etag;
    if (opts.lastModified)
        headers['if-modified-since'] = opts.lastModified;
    const client = url.protocol === 'https:' ? https : http;
    const connectMs = Math.min(opts.connectTimeoutMs ?? 10_000, remainingMs);
    return new Promise((resolve, reject) => {
        const req = client.request(url, {
            method: 'GET',
            headers,
            agent: false,
            lookup: guardedLookup(opts, redirected),
        });
        const total = setTimeout(() => req.destroy(new FetchError('timeout', `timed out after ${seconds(opts.timeoutMs)}`)), remainingMs);
        req.on('socket', (socket) => {
            const connect = setTimeout(() => req.destroy(new FetchError('timeout', `could not connect within ${seconds(connectMs)}`)), connectMs);
            socket.once('connect', () => clearTimeout(connect));
            socket.once('close', () => clearTimeout(connect));
        });
        req.on('response', (res) => {
            clearTimeout(total);
            resolve(res);
        });
        req.on('error', (err) => {
            clearTimeout(total);
            reject(toFetchError(err));
        });
        req.end();
    });
}
/** A request error as a FetchError whose message a person can act on. */
export function toFetchError(err) {
    if (err instanceof FetchError)
        return err;
    const e = err;
    const reasons = {
        ENOTFOUND: 'host not found (DNS lookup failed: no network, or a wrong host name)',
        EAI_AGAIN: 'host name lookup failed (temporary: DNS server unreachable, or no network)',
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset by the server',
        CERT_HAS_EXPIRED: 'TLS certificate expired',
    };
    return new FetchError('network', (e.code && reasons[e.code]) ?? e.message ?? String(err));
}
function decoderFor(res) {
    switch ((header(res, 'content-encoding') ?? '').trim().toLowerCase()) {
        case 'gzip':
        case 'x-gzip':
            return res.pipe(zlib.createGunzip());
        case 'deflate':
            return res.pipe(zlib.createInflate());
        case 'br':
            return res.pipe(zlib.createBrotliDecompress());
        default:
            return res;
    }
}
/** Streams the body, stopping as soon as it passes maxBytes or the deadline. */
function readBody(res, maxBytes, remainingMs, totalMs) {
    const tooLarge = () => new FetchError('too_large', `response larger than ${megabytes(maxBytes)}`);
    const declared = Number(header(res, 'content-length'));
    if (Number.isFinite(declared) && declared > maxBytes && !header(res, 'content-encoding')) {
        res.destroy();
        return Promise.reject(tooLarge());
    }
    return new Promise((resolve, reject) => {
        const stream = decoderFor(res);
        const chunks = [];
        let size = 0;
        let done = false;
        const fail = (err) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            res.destroy();
            if (stream !== res)
                stream.destroy();
            reject(err);
        };
        const timer = setTimeout(() => fail(new FetchError('timeout', `timed out after ${seconds(totalMs)}`)), Math.max(remainingMs, 1));
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes)
                return fail(tooLarge());
            chunks.push(chunk);
        });
        stream.on('end', () => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            resolve(Buffer.concat(chunks));
        });
        stream.on('error', (err) => fail(err instanceof FetchError ? err : new FetchError('decode', `could not read the body: ${err.message}`)));
        res.on('error', (err) => fail(toFetchError(err)));
        res.on('aborted', () => fail(new FetchError('network', 'connection closed before the body ended')));
    });
}
//# sourceMappingURL=safe-fetch.js.map