import type { Reply } from '../messages/reply.js';

/** Where a message goes: a channel of a workspace (Slack team, Discord guild, "local"). */
export interface Destination {
  workspace: string;
  channel: string;
}

export type SendResult =
  | { ok: true; messageId?: string }
  /**
   * permanent: retrying cannot help (channel gone, bot removed, missing permission); the
   * subscription is disabled with `reason`. Otherwise the outbox retries with backoff.
   */
  | { ok: false; permanent: boolean; reason: string };

/**
 * Which delivery this is: `key` is the outbox row's dedupe key (alert:{subscription}:{fact} or
 * digest:{subscription}:{date}), the same on every retry of that row. A platform that can refuse a
 * repeated message (Discord's enforced nonce) uses it to turn a retry after a crash into a no-op.
 */
export interface Delivery {
  key: string;
}

/**
 * The port alerts and digests are delivered through. Each adapter implements it (the shell
 * prints, Slack posts with chat.postMessage, Discord with POST /channels/{id}/messages).
 * `send` resolves only after the platform accepted the message, and never throws.
 */
export interface Notifier {
  platform: 'shell' | 'slack' | 'discord';
  send(to: Destination, message: Reply, delivery?: Delivery): Promise<SendResult>;
}
