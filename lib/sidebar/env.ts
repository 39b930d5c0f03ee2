// What the sidebar's state needs of the browser: everything comes in through here, so the state
// runs the same in a unit test as in a tab; the content script only wires it up.
import type { SidebarProps } from '../../components/sidebar/Sidebar';
import type { Article } from '../article';
import type { DetectIndex } from '../detect';
import type { Message } from '../messages';
import type { Settings } from '../settings';
import type { PageWindow } from './page';

export interface SidebarEnv {
  doc: Document;
  win: Window & PageWindow;
  /** Every story the reader has on (bundled and their own), as the detector reads them. */
  index(): Promise<DetectIndex>;
  send(message: Message): Promise<unknown>;
  /** The page's article from a clone of the document (Readability), or null. */
  readArticle(): Article | null;
  /** Shows (or, with null, removes) the sidebar. */
  render(props: SidebarProps | null): void;
  /** The page's own extra style: highlight colours, and a margin while the sidebar is beside it. */
  pageStyle(css: string): void;
  setTimeout(fn: () => void, ms: number): void;
  saveCollapsed(collapsed: boolean): void;
  /** Keeps a choice made in the sidebar itself (placement, the tab's place along the edge). */
  saveSettings(patch: Pick<Partial<Settings>, 'placement' | 'tabPosition'>): void;
  copy(text: string): Promise<void>;
  download(text: string, name: string): void;
  isInvalid(): boolean;
  /** The page was checked: its claims stand where `ranges` says. */
  checked(): void;
  /** Marks a step of the page's path to its first card, with the background's times (lib/timings). */
  mark?(name: string, timings?: unknown): void;
}
