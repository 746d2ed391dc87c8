/** `?schema=NAME`, else the first schema of `?options=-c search_path=NAME,…`; null for public. */
export function postgresSchema(url) {
    const named = url.searchParams.get('schema');
    if (named)
        return named;
    const path = url.searchParams.get('options')?.match(/(?:^|\s)-c\s*search_path=([^\s,]+)/)?.[1];
    return path ? path.replace(/^"|"$/g, '') : null;
}
/** Schema names are used in SQL and search_path unquoted: plain identifiers only. */
export const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
//# sourceMappingURL=postgres-schema.js.map