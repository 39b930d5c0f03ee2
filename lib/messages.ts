// The one message protocol between the detector, the popup and the background. Every message
// is checked with isMessage before it is acted on: a message is data from another context and
// may come from an older build, so its shape is never assumed.
// To add a kind: add it to Message, give its reply in Replies and its check in checks.

/** What the detector found on a tab's page. */
export interface TabState {
  /** Coverage score in [0, 1] (lib/detect.ts). */
  score: number;
  detected: boolean;
}

/** A corpus source as lists show it: metadata only, never the text. */
export interface SourceSummary {
  id: string;
  /** The article's own title; empty when it states none. */
  title: string;
  /** What lists show: the title, else the opening words (sourceLabel). */
  label: string;
  outlet: string;
  date: string;
  sentences: number;
}

export type Message =
  /** Detector -> background: this tab's page was scored. */
  | ({ type: 'coverage' } & TabState)
  /** Popup -> background: what is known about this tab. */
  | { type: 'getTabState'; tabId: number }
  /** Popup -> background: the corpus's sources. */
  | { type: 'listSources' };

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** The background's reply to each kind. */
export interface Replies {
  coverage: void;
  /** null: no report for this tab (not a web page, not read yet, or reloading). */
  getTabState: TabState | null;
  listSources: SourceSummary[];
}

export type Reply<M extends Message> = Replies[M['type']];

type Fields = Record<string, unknown>;

const isScore = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
const isTabId = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

const checks: { [T in MessageType]: (m: Fields) => boolean } = {
  coverage: (m) => isScore(m.score) && typeof m.detected === 'boolean',
  getTabState: (m) => isTabId(m.tabId),
  listSources: () => true,
};

export function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null) return false;
  const type = (x as Fields).type;
  return (
    typeof type === 'string' &&
    Object.prototype.hasOwnProperty.call(checks, type) &&
    checks[type as MessageType](x as Fields)
  );
}

/** Sends a message with its reply typed; `send` is runtime.sendMessage of the caller's API. */
export function request<M extends Message>(send: (message: M) => Promise<unknown>, message: M): Promise<Reply<M>> {
  return send(message) as Promise<Reply<M>>;
}
