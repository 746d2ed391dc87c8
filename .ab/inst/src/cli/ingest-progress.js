import { sourceLabel } from '../ingest/ingest-source.js';
import { addTally, emptyTally } from '../ingest/tally.js';
const BAR_WIDTH = 24;
const LABEL_WIDTH = 40;
/**
 * What `rivalwatch ingest` shows while it runs. On a terminal, one line on stderr: a bar, sources
 * done of all, the seconds so far and a source being read, drawn at once and again whenever a
 * source starts or ends and every second between, so a slow fetch still shows the run is alive.
 * Whether or not it draws, it keeps the reports of finished sources, for the summary of a run
 * that is interrupted.
 */
export class IngestProgress {
    io;
    total;
    finished = [];
    reading = [];
    /** Drawing: on a terminal, until stopped. */
    live;
    startedAt = Date.now();
    timer;
    constructor(io, total) {
        this.io = io;
        this.total = total;
        this.live = io.stderr.isTTY === true;
        if (!this.live)
            return;
        this.draw();
        this.timer = setInterval(() => this.draw(), 1000);
        this.timer.unref();
    }
    sourceStarted(source) {
        this.reading.push(sourceLabel(source));
        this.draw();
    }
    sourceDone(report) {
        this.finished.push(report);
        const at = this.reading.indexOf(report.label);
        if (at >= 0)
            this.reading.splice(at, 1);
        if (this.finished.length === this.total)
            this.stop();
        else
            this.draw();
    }
    /** Clears the line and stops redrawing. */
    stop() {
        if (!this.live)
            return;
        this.live = false;
        clearInterval(this.timer);
        this.io.stderr.write('\r\x1b[2K');
    }
    /** The finished sources as a run report, for a summary of what an interrupted run did. */
    partialReport() {
        const total = emptyTally();
        for (const r of this.finished)
            addTally(total, r.tally);
        return { sources: [...this.finished], total, failed: this.finished.filter((r) => !r.ok).length };
    }
    draw() {
        if (!this.live)
            return;
        const done = this.finished.length;
        const filled = Math.round((done / this.total) * BAR_WIDTH);
        const seconds = Math.floor((Date.now() - this.startedAt) / 1000);
        // The newest source still being read: the one a stall is most likely to be.
        const current = this.reading.at(-1);
        const label = current === undefined ? '' : current.length > LABEL_WIDTH ? ` · …${current.slice(-(LABEL_WIDTH - 1))}` : ` · ${current}`;
        this.io.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} · ${seconds} s${label}`);
    }
}
//# sourceMappingURL=ingest-progress.js.map