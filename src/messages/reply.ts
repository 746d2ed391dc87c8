/**
 * The neutral message every command returns and every adapter renders natively
 * (Block Kit for Slack, embeds for Discord, aligned text for the shell). Nothing
 * platform-specific belongs here.
 */
export interface Reply {
  /** ok: an answer; usage: the arguments were wrong; not_found: nothing matched; refused: not allowed; error: our fault. */
  status: ReplyStatus;
  blocks: Block[];
}

export type ReplyStatus = 'ok' | 'usage' | 'not_found' | 'refused' | 'error';

export type Block = HeadingBlock | TextBlock | TableBlock | FactListBlock | ContextBlock | DividerBlock | ImageBlock;

export interface HeadingBlock {
  kind: 'heading';
  text: string;
}

/**
 * A paragraph of plain text; `fields` are short label/value pairs shown side by side where possible.
 * `channel`, when set, leads the paragraph: "<channel>: text", or the channel alone when text is empty.
 */
export interface TextBlock {
  kind: 'text';
  text: string;
  fields?: { label: string; value: string }[];
  channel?: ChannelRef;
}

/**
 * A chat channel named in a reply. Slack and Discord show their own channels as clickable
 * mentions; elsewhere it reads "#id on platform".
 */
export interface ChannelRef {
  platform: string;
  id: string;
}

/** The readable form of a channel where no mention can be made: "#C0INTEL on slack". */
export const channelText = (ref: ChannelRef): string => `#${ref.id} on ${ref.platform}`;

/** A paragraph led by its channel, joined the same way by every renderer. */
export const withChannel = (channel: string, text: string): string => (text ? `${channel}: ${text}` : channel);

/** Rows × columns, e.g. metrics × competitors. Every cell is present; an empty one says so. */
export interface TableBlock {
  kind: 'table';
  title?: string;
  /** Header of the first column (e.g. "Metric"). */
  corner: string;
  columns: string[];
  rows: TableRow[];
}

export interface TableRow {
  label: string;
  cells: Cell[];
}

export interface Cell {
  /** "$17.5B", or "no data" when empty. */
  text: string;
  /** Extra detail: "US · 2023 · target". */
  detail?: string;
  status?: FactStatus;
  source?: SourceRef;
  empty?: boolean;
}

export interface FactListBlock {
  kind: 'facts';
  title?: string;
  items: FactLine[];
  /** "12 more: /facts tiktok metric" when the list was cut. */
  more?: string;
}

export interface FactLine {
  /** The fact in one line: "TikTok Shop: 5M new customers (US, 2023-09/2023-11)". */
  text: string;
  status?: FactStatus;
  /** The date the fact is about or was reported, YYYY-MM-DD. */
  date?: string;
  source?: SourceRef;
  /** How many independent sources back it. */
  sourceCount?: number;
  /** Marked when another source gives a clearly different value. */
  conflict?: boolean;
}

export interface SourceRef {
  label: string;
  url?: string;
  date?: string;
}

export type FactStatus = 'actual' | 'target' | 'estimate';

export interface ContextBlock {
  kind: 'context';
  text: string;
}

export interface DividerBlock {
  kind: 'divider';
}

export interface ImageBlock {
  kind: 'image';
  url: string;
  alt: string;
}

export const reply = (blocks: Block[], status: ReplyStatus = 'ok'): Reply => ({ status, blocks });
export const usage = (text: string, hint?: string): Reply =>
  reply([{ kind: 'text', text }, ...(hint ? [{ kind: 'context', text: hint } as const] : [])], 'usage');
export const notFound = (text: string, hint?: string): Reply =>
  reply([{ kind: 'text', text }, ...(hint ? [{ kind: 'context', text: hint } as const] : [])], 'not_found');
export const refused = (text: string): Reply => reply([{ kind: 'text', text }], 'refused');
