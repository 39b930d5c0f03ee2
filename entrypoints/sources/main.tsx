// Wiring: reads ?source= and ?passage=, renders the bundled corpus, brings the marked passage
// into view, and takes the reader's theme. The corpus is imported here rather than asked of the
// background: the page needs the texts, which the message protocol never carries.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import corpusJson from '../../data/corpus.json';
import { SourcesPage } from '../../components/SourcesPage';
import { sourceLabel, type CorpusData } from '../../lib/corpus';
import { loadSettings } from '../../lib/settings';
import '../../assets/pages.css';
import './style.css';

const corpus = corpusJson as unknown as CorpusData;
const sources = corpus.stories.flatMap((s) => s.sources);
const params = new URLSearchParams(location.search);
const source = params.get('source');
const passage = params.get('passage');
const words = params.get('words');

render(<SourcesPage sources={sources} source={source} passage={passage} words={words} />, document.getElementById('app')!);

const article = sources.find((s) => s.id === source);
if (article) document.title = `${sourceLabel(article)} · Triangulate sources`;
document.querySelector('mark')?.scrollIntoView({ block: 'center' });

loadSettings(browser.storage.local).then((s) => (document.documentElement.dataset.theme = s.theme));
