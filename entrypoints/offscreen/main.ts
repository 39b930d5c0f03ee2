// Chrome only: the offscreen document where the background's feed reader finds a DOM. It answers
// only the background's read requests, and only from this extension.
import { Readability } from '@mozilla/readability';
import { browser, type Browser } from 'wxt/browser';
import { isReadRequest } from '../../lib/feeds/offscreen';
import { readHtml } from '../../lib/feeds/read';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) =>
  isReadRequest(msg) && sender.id === browser.runtime.id ? Promise.resolve().then(() => readHtml(msg.html, msg.url, parse, Readability)).catch(() => null) : undefined,
);
