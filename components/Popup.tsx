import type { SourceSummary, TabState } from '../lib/messages';
import type { Loaded } from './Loaded';
import { SourceList } from './SourceList';
import { TabStatus } from './TabStatus';

export interface PopupProps {
  tab: Loaded<TabState | null>;
  sources: Loaded<SourceSummary[]>;
}

export function Popup({ tab, sources }: PopupProps) {
  return (
    <main class="popup">
      <h1>Triangulate</h1>
      <TabStatus tab={tab} />
      <SourceList sources={sources} />
    </main>
  );
}
