import { HostPace } from './host-pace.js';
export function fetchSettingsFrom(config, pace = new HostPace(config.FETCH_HOST_INTERVAL_MS)) {
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
//# sourceMappingURL=fetch-settings.js.map