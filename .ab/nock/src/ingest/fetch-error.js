/** A failed fetch with a one-line reason a person can act on: "timed out after 15 s", "HTTP 404". */
export class FetchError extends Error {
    failure;
    status;
    constructor(failure, message, status) {
        super(message);
        this.failure = failure;
        this.status = status;
        this.name = 'FetchError';
    }
}
export const seconds = (ms) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);
export const megabytes = (bytes) => bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
//# sourceMappingURL=fetch-error.js.map