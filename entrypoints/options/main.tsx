// Wiring: reads the settings, saves each change as it is made (one save at a time, so two quick
// changes cannot overwrite each other), and follows storage so two open options tabs agree.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsForm, type OptionsFormProps } from '../../components/OptionsForm';
import { loadSettings, saveSettings, SETTINGS_KEY, validateSettings, type Settings } from '../../lib/settings';
import '../../assets/pages.css';
import './style.css';

const root = document.getElementById('app')!;
const store = browser.storage.local;

let props: OptionsFormProps = { settings: null, status: null, onChange };
function show(patch: Partial<OptionsFormProps>) {
  props = { ...props, ...patch };
  if (props.settings) document.documentElement.dataset.theme = props.settings.theme;
  render(<OptionsForm {...props} />, root);
}

let saving = Promise.resolve();
function onChange(patch: Partial<Settings>) {
  // Shown at once; storage.onChanged then confirms it with what was stored.
  if (props.settings) show({ settings: validateSettings({ ...props.settings, ...patch }), status: null });
  saving = saving
    .then(() => saveSettings(store, patch))
    .then(
      () => show({ status: { ok: true, text: 'Saved' } }),
      () => show({ status: { ok: false, text: 'Could not save this change. Reload the page and try again.' } }),
    );
}

show({});
loadSettings(store).then((settings) => show({ settings }));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) show({ settings: validateSettings(changes[SETTINGS_KEY].newValue) });
});
