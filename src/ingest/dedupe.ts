import { createHash } from 'node:crypto';

const TRACKING = /^(utm_\w*|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src)$/i;

/**
 * The form of a link used to recognise the same article: lower-case host, no default port,
 * no fragment, no tracking parameters (utm_*, fbclid…), no trailing slash. Not a URL → as given.
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim() || null;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  const out = url.toString();
  return url.pathname === '/' && !url.search ? out.replace(/\/$/, '') : out;
}

/** Lower case, accents folded, punctuation to spaces: the text two copies of an article share. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same title and text once normalised → same hash, whatever the markup or spacing. */
export function contentHash(title: string, text: string): string {
  return createHash('sha1').update(normaliseText(`${title}\n${text}`)).digest('hex');
}
