import { reply } from '../messages/reply.js';
import { factLine } from './fact-lines.js';
const IMPORTANCE = ['low', 'low', 'medium', 'high'];
/** The instant alert for one fact: what happened, where, when, from which source, how sure. */
export function renderAlert(f) {
    const conflict = f.conflictWith !== null;
    const fields = [
        { label: 'Status', value: f.status },
        { label: 'Market', value: f.market ?? 'not stated' },
        { label: 'Period', value: f.period ?? 'not stated' },
        { label: 'Sources', value: String(f.sourceCount) },
    ];
    return reply([
        { kind: 'heading', text: conflict ? `Conflicting figure: ${f.competitorName}` : `New: ${f.competitorName}` },
        { kind: 'facts', items: [factLine(f, false)] },
        { kind: 'text', text: `${f.type === 'event' ? 'Event' : 'Metric'}: ${f.name.replace('_', ' ')}`, fields },
        {
            kind: 'context',
            text: `Importance ${IMPORTANCE[f.importance] ?? 'high'} · first seen ${f.firstSeenAt.slice(0, 16).replace('T', ' ')} UTC${conflict ? ' · sources disagree: check both before quoting' : ''}`,
        },
    ]);
}
//# sourceMappingURL=render-alert.js.map