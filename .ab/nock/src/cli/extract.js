/**
 * `rivalwatch extract FILE [--json] [--published YYYY-MM-DD] [--language en|fr|nl]`: reads one
 * article and prints its candidate facts. With --json stdout carries exactly
 * {"language": "..", "facts": [...]} and nothing else; messages go to stderr.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { extractFacts } from '../extract/index.js';
import { loadLanguageDetector, obviousLanguage } from '../extract/language.js';
import { decodeFileText, looksBinary } from '../ingest/decode-text.js';
import { DATE_LINE_FORMAT, sniffKind } from '../ingest/parse-document.js';
import { readArticle } from './article-file.js';
import { usageError } from './usage-error.js';
const Options = z.object({
    file: z.string().min(1, 'missing FILE'),
    json: z.boolean(),
    published: z
        .string()
        .refine(isCalendarDate, { error: (issue) => `--published must be a date, YYYY-MM-DD (got ${JSON.stringify(issue.input)})` })
        .nullable(),
    language: z.enum(['en', 'fr', 'nl'], { message: '--language must be en, fr or nl' }).nullable(),
});
/** 2025-02-28 yes; 2025-13-45 and 2025-02-30 no (Date would roll them over into another day). */
function isCalendarDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
}
export const usage = `Usage: rivalwatch extract FILE [--json] [--published YYYY-MM-DD] [--language en|fr|nl]

Prints the facts found in one article, without recording them. FILE is HTML (the main text is read)
or plain text: the first line is the title; an optional second line "Published: YYYY-MM-DD" dates it,
and relative dates ("last year", "vorig jaar") count from that date. Without a date they stay open.
An RSS/Atom file is refused: \`rivalwatch ingest FILE\` reads a feed's items.
  --json                 print exactly {"language": "..", "facts": [...]} on stdout
  --published YYYY-MM-DD the article's date (wins over a "Published:" line)
  --language en|fr|nl    the article's language (default: declared by the page, else detected)
`;
export function parseArgs(argv) {
    let file = '';
    let json = false;
    let published = null;
    let language = null;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json')
            json = true;
        else if (arg === '--published')
            published = argv[++i] ?? '';
        else if (arg.startsWith('--published='))
            published = arg.slice('--published='.length);
        else if (arg === '--language')
            language = argv[++i] ?? '';
        else if (arg.startsWith('--language='))
            language = arg.slice('--language='.length);
        else if (arg.startsWith('-'))
            return `unknown option ${arg}`;
        else if (!file)
            file = arg;
        else
            return `unexpected argument ${arg}`;
    }
    const parsed = Options.safeParse({ file, json, published, language });
    return parsed.success ? parsed.data : parsed.error.issues.map((i) => i.message).join('; ');
}
function describe(f) {
    const what = f.type === 'metric' ? `${f.metric} ${f.value} ${f.unit}` : `${f.event}`;
    const where = [f.market ?? '-', f.period ?? '-', f.status].join(' ');
    return `- ${f.competitor}: ${what} [${where}]\n    "${f.quote}"`;
}
export async function run(argv, io) {
    const options = parseArgs(argv);
    if (typeof options === 'string')
        return usageError(io, 'extract', options, usage);
    let bytes;
    try {
        bytes = await readFile(options.file);
    }
    catch (err) {
        io.stderr.write(`rivalwatch extract: cannot read ${options.file}: ${err instanceof Error ? err.message : String(err)}\n`);
        return 1;
    }
    if (looksBinary(bytes)) {
        io.stderr.write(`rivalwatch extract: ${options.file} is not a text, HTML or feed file (it holds binary data)\n`);
        return 1;
    }
    // The same decoding as `rivalwatch ingest FILE`: a BOM, <meta charset> or XML prolog, else UTF-8,
    // else (not valid UTF-8) windows-1252.
    const { text: content, guessed } = decodeFileText(bytes);
    if (guessed)
        io.stderr.write(`rivalwatch extract: ${options.file} is not valid UTF-8 and declares no charset: read as ${guessed}\n`);
    // One article in, one {language, facts} out: a feed holds many, each with its own date, which ingest reads.
    if (sniffKind(content) === 'feed') {
        io.stderr.write(`rivalwatch extract: ${options.file} is an RSS/Atom feed: use \`rivalwatch ingest ${options.file}\` to read its items\n`);
        return 2;
    }
    const article = readArticle(content);
    if (article.unreadableDateLine) {
        const fallback = options.published ? `--published ${options.published} is used` : 'relative dates stay open';
        io.stderr.write(`rivalwatch extract: ${options.file}: the line "${article.unreadableDateLine}" could not be read as a date (write it as ${DATE_LINE_FORMAT}); ${fallback}\n`);
    }
    const declared = options.language ?? article.language;
    // eld's model is loaded only when neither the file nor the text settles the language.
    if (!declared && !obviousLanguage(`${article.title}\n${article.text}`))
        await loadLanguageDetector();
    const result = extractFacts({
        title: article.title,
        text: article.text,
        language: declared,
        published: options.published ?? article.published,
    });
    if (options.json) {
        io.stdout.write(`${JSON.stringify({ language: result.language, facts: result.facts })}\n`);
        return 0;
    }
    io.stdout.write(`${article.title}\nlanguage: ${result.language}, ${result.facts.length} fact(s)\n`);
    for (const f of result.facts)
        io.stdout.write(`${describe(f)}\n`);
    return 0;
}
//# sourceMappingURL=extract.js.map