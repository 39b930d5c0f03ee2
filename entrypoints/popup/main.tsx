// Wiring: asks the background for this tab's state and the sources, renders as answers come.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '../../components/Popup';
import { request, type Message } from '../../lib/messages';
import './style.css';

const root = document.getElementById('app')!;
const send = (message: Message) => browser.runtime.sendMessage(message);

let props: PopupProps = { tab: { status: 'loading' }, sources: { status: 'loading' } };
const show = (patch: Partial<PopupProps>) => {
  props = { ...props, ...patch };
  render(<Popup {...props} />, root);
};
show({});

request(send, { type: 'listSources' }).then(
  (value) => show({ sources: { status: 'ready', value } }),
  () => show({ sources: { status: 'failed' } }),
);

browser.tabs
  .query({ active: true, currentWindow: true })
  .then(([tab]) => (tab?.id === undefined ? null : request(send, { type: 'getTabState', tabId: tab.id })))
  .then(
    (value) => show({ tab: { status: 'ready', value } }),
    () => show({ tab: { status: 'failed' } }),
  );
