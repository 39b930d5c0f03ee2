// Getting the sidebar into a tab: told what to do if it runs there already, else injected with
// the request waiting for it; one injection at a time per tab, and whatever a second request
// wanted kept for the moment the starting sidebar asks.
import type { TabMessage } from '../messages';
import type { PendingLookup } from '../limits';

export interface InjectorParts {
  /** Sends to the tab's sidebar script; false when nothing there answered. */
  send(tabId: number, message: TabMessage): Promise<boolean>;
  /** Runs the sidebar script in the tab. */
  inject(tabId: number): Promise<unknown>;
}

export interface Wanted {
  open: boolean;
  lookup: PendingLookup | null;
}

export interface Injector {
  open(tabId: number, open: boolean, lookup: PendingLookup | null): Promise<void>;
  /** What a sidebar that has just started in the tab should do (asked once). */
  take(tabId: number): Wanted | undefined;
  forget(tabId: number): void;
}

export function createInjector({ send, inject }: InjectorParts): Injector {
  const pending = new Map<number, Wanted>();
  const injecting = new Map<number, Promise<unknown>>();
  return {
    async open(tabId, open, lookup) {
      const message: TabMessage = lookup ? { type: 'sidebar:lookup', lookup } : { type: 'sidebar:open' };
      if (injecting.has(tabId)) {
        // The sidebar on its way asks for what waits as it starts.
        const before = pending.get(tabId);
        pending.set(tabId, { open: open || (before?.open ?? false), lookup: lookup ?? before?.lookup ?? null });
        return;
      }
      if ((open || lookup) && (await send(tabId, message))) return;
      if (await send(tabId, { type: 'sidebar:ping' })) return;
      pending.set(tabId, { open, lookup });
      const injection = inject(tabId);
      injecting.set(tabId, injection);
      await injection.finally(() => injecting.delete(tabId));
    },
    take(tabId) {
      const wanted = pending.get(tabId);
      pending.delete(tabId);
      return wanted;
    },
    forget: (tabId) => void pending.delete(tabId),
  };
}
