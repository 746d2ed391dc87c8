/** A chat front-end (shell, Slack, Discord): built from what it needs, started and stopped by main. */
export interface Adapter {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
