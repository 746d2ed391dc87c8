/** Why a fetch failed, for code that decides what to do (retry, report) and for people reading health. */
export type FetchFailure =
  | 'bad_url'
  | 'refused_address'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'network'
  | 'decode';

/** A failed fetch with a one-line reason a person can act on: "timed out after 15 s", "HTTP 404". */
export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

export const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
