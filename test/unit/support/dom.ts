// A linkedom document for component tests: Preact renders into it and events are fired on it,
// with no browser. Preact creates nodes through the global document, so it is set globally.
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

let window: ReturnType<typeof parseHTML>;

/** A fresh document; returns its mount point. */
export function freshDocument(): HTMLElement {
  window = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  globalThis.document = window.document as unknown as Document;
  return window.document.getElementById('app') as unknown as HTMLElement;
}

/** Renders into the mount point and lets effects and state updates settle. */
export function show(root: HTMLElement, node: ComponentChild): HTMLElement {
  act(() => render(node, root));
  return root;
}

/** Fires an event as a browser would after the user acts (linkedom has no KeyboardEvent:
 * `fields` such as `key` are set on a plain Event). */
export function fire(target: Element, type: string, fields: Record<string, unknown> = {}): Event {
  const event = new window.Event(type, { bubbles: true, cancelable: true }) as unknown as Event;
  Object.assign(event, fields);
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

/** Types into a field: sets its value, then fires `input`. */
export function type(field: Element, value: string) {
  (field as HTMLInputElement).value = value;
  fire(field, 'input');
}

/** Whether a box is checked. linkedom's inputs have no `checked` property, so Preact renders it
 * as the attribute until a test (or Preact, after one) sets the property. */
export function isChecked(input: Element): boolean {
  return (input as HTMLInputElement).checked ?? input.hasAttribute('checked');
}
