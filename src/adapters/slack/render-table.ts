import type { types } from '@slack/bolt';
import type { Cell, TableBlock } from '../../messages/reply.js';
import { cut, escapeMrkdwn, mrkdwnLink, SLACK_LIMITS, webUrlOrUndefined } from './mrkdwn.js';

type TableCell = types.RichTextBlock | types.RawTextElement;

/** "US · 2023 · target": the cell's detail, with its status added when the detail does not already say it. */
export function cellDetail(cell: Cell): string {
  const parts = cell.detail ? [cell.detail] : [];
  if (cell.status && !cell.detail?.includes(cell.status)) parts.push(cell.status);
  return parts.join(' · ');
}

const raw = (text: string): types.RawTextElement => ({ type: 'raw_text', text: text || ' ' });

/** A figure linked to its source, then its detail and status on the same line. */
function tableCell(cell: Cell): TableCell {
  if (cell.empty) return raw(cell.text);
  const url = webUrlOrUndefined(cell.source?.url);
  const detail = cellDetail(cell);
  const elements: types.RichTextElement[] = [
    url ? { type: 'link', url, text: cell.text } : { type: 'text', text: cell.text },
  ];
  if (detail) elements.push({ type: 'text', text: ` (${detail})`, style: { italic: true } });
  return { type: 'rich_text', elements: [{ type: 'rich_text_section', elements }] };
}

const bold = (text: string): types.RichTextBlock => ({
  type: 'rich_text',
  elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: text || ' ', style: { bold: true } }] }],
});

/**
 * The comparison as Slack's `table` block: a header row (corner + competitors), then one row per
 * metric. Columns beyond 20 and rows beyond 100 cannot be shown; `cutColumns`/`cutRows` say how many.
 */
export function renderTableBlock(table: TableBlock): { block: types.TableBlock; cutColumns: number; cutRows: number } {
  const maxColumns = SLACK_LIMITS.tableCells - 1;
  const maxRows = SLACK_LIMITS.tableRows - 1;
  const columns = table.columns.slice(0, maxColumns);
  const rows = table.rows.slice(0, maxRows);
  const header: TableCell[] = [bold(table.corner), ...columns.map(bold)];
  const body = rows.map((row): TableCell[] => [
    raw(row.label),
    ...columns.map((_, i) => {
      const cell = row.cells[i];
      return cell ? tableCell(cell) : raw('no data');
    }),
  ]);
  return {
    block: { type: 'table', column_settings: [{ is_wrapped: true }], rows: [header, ...body] },
    cutColumns: table.columns.length - columns.length,
    cutRows: table.rows.length - rows.length,
  };
}

/** mrkdwn for one cell: "<url|$17.5B> _(US · 2023 · target)_". */
export function cellMrkdwn(cell: Cell): string {
  if (cell.empty) return `_${escapeMrkdwn(cell.text)}_`;
  const detail = cellDetail(cell);
  const figure = mrkdwnLink(cell.text, cell.source?.url);
  return detail ? `${figure} _(${escapeMrkdwn(detail)})_` : figure;
}

/**
 * The same comparison as sections with fields (one section per row, one field per competitor):
 * used for a second table in one message, since Slack allows a single `table` block per message.
 */
export function renderTableAsSections(table: TableBlock): types.SectionBlock[] {
  const perSection = SLACK_LIMITS.fieldsPerSection;
  return table.rows.flatMap((row) => {
    const fields = table.columns.map((column, i) => {
      const cell = row.cells[i];
      const value = cell ? cellMrkdwn(cell) : '_no data_';
      return { type: 'mrkdwn' as const, text: cut(`*${escapeMrkdwn(column)}*\n${value}`, SLACK_LIMITS.fieldText) };
    });
    const sections: types.SectionBlock[] = [];
    for (let i = 0; i < Math.max(fields.length, 1); i += perSection) {
      sections.push({
        type: 'section',
        text: { type: 'mrkdwn', text: cut(`*${escapeMrkdwn(row.label)}*`, SLACK_LIMITS.sectionText) },
        ...(fields.length ? { fields: fields.slice(i, i + perSection) } : {}),
      });
    }
    return sections;
  });
}
