import type { Config } from '../config.js';
import { HostPace } from './host-pace.js';
import type { SafeFetchOptions } from './safe-fetch.js';

/** How every fetch of a run behaves, from configuration; one HostPace shared by the whole process. */
export type FetchSettings = Omit<SafeFetchOptions, 'etag' | 'lastModified'>;

export function fetchSettingsFrom(config: Config, pace = new HostPace(config.FETCH_HOST_INTERVAL_MS)): FetchSettings {
  return {
    timeoutMs: config.FETCH_TIMEOUT_MS,
    connectTimeoutMs: Math.min(config.FETCH_CONNECT_TIMEOUT_MS, config.FETCH_TIMEOUT_MS),
    maxBytes: config.FETCH_MAX_BYTES,
    allowPrivate: config.FETCH_ALLOW_PRIVATE,
    userAgent: config.FETCH_USER_AGENT,
    maxRedirects: 5,
    pace,
  };
}
