// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createHost } from '../../lib/sidebar/host';

beforeEach(() => {
  document.body.innerHTML = '<p>page</p>';
});

describe('createHost', () => {
  it('puts the sidebar in a closed root the page cannot reach, with our styles first', () => {
    const host = createHost(document, { name: 'tg-host-a', css: '.tg { color: red; }', mode: 'closed' });
    expect(host.element.tagName).toBe('TG-HOST-A');
    expect(host.element.shadowRoot).toBeNull();
    expect(host.root.querySelector('style')?.textContent).toMatch(/^:host \{ all: initial !important; \}\n\.tg/);
    expect(host.container.parentNode).toBe(host.root);
    expect(document.body.lastElementChild).toBe(host.element);
  });

  it('takes a plain element when the page defined our name first', () => {
    customElements.define(
      'tg-host-b',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      },
    );
    const host = createHost(document, { name: 'tg-host-b', css: '', mode: 'closed' });
    expect(host.element.tagName).toBe('DIV');
    expect(host.element.dataset.triangulate).toBe('tg-host-b');
  });

  it('comes back when the page removes it, and goes when we remove it', () => {
    const host = createHost(document, { name: 'tg-host-c', css: '', mode: 'open' });
    host.element.remove();
    host.guard();
    expect(host.element.isConnected).toBe(true);
    host.remove();
    expect(host.element.isConnected).toBe(false);
  });

  it('keeps keys typed in the sidebar from the page', () => {
    const host = createHost(document, { name: 'tg-host-d', css: '', mode: 'open' });
    let seen = 0;
    document.addEventListener('keydown', () => seen++);
    host.container.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(seen).toBe(0);
  });
});
