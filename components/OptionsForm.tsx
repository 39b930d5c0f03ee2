import { useState } from 'preact/hooks';
import type { Strictness } from '../lib/match';
import { normalizeHost, siteListed, type Placement, type Settings, type Theme } from '../lib/settings';

export interface OptionsFormProps {
  /** null until read from storage. */
  settings: Settings | null;
  /** After a change: saved, or why not. */
  status: { ok: boolean; text: string } | null;
  onChange(patch: Partial<Settings>): void;
}

interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

const STRICTNESS: Choice<Strictness>[] = [
  { value: 'strict', label: 'Strict', hint: 'A source counts only when it holds nearly all of a claim: fewer matches, hardly any loose ones.' },
  { value: 'balanced', label: 'Balanced', hint: 'A source counts when it holds most of a claim in other words. The default.' },
  { value: 'lenient', label: 'Lenient', hint: 'Looser wording and nearer figures still count as variants: more matches, some of them loose.' },
];
const OPEN: Choice<'open' | 'badge'>[] = [
  { value: 'open', label: 'Open the sidebar on pages that cover the story' },
  { value: 'badge', label: 'Only show the count on the toolbar button', hint: 'Open the sidebar from the popup when you want it.' },
];
const PLACEMENT: Choice<Placement>[] = [
  { value: 'overlay', label: 'Over the page' },
  { value: 'side', label: 'Beside the page', hint: 'The page narrows so the sidebar covers none of its text.' },
];
const THEME: Choice<Theme>[] = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The settings form. Every control saves on change: there is no Save button to forget. */
export function OptionsForm({ settings, status, onChange }: OptionsFormProps) {
  if (!settings) return <p class="note">Loading settings…</p>;
  return (
    <div class="options">
      <Sites sites={settings.disabledSites} onChange={(disabledSites) => onChange({ disabledSites })} />
      <Radios
        name="strictness"
        legend="How close a source must be"
        choices={STRICTNESS}
        value={settings.strictness}
        onChange={(strictness) => onChange({ strictness })}
      />
      <Radios
        name="open"
        legend="On pages that cover the story"
        choices={OPEN}
        value={settings.autoOpen ? 'open' : 'badge'}
        onChange={(v) => onChange({ autoOpen: v === 'open' })}
      />
      <Radios name="placement" legend="Sidebar" choices={PLACEMENT} value={settings.placement} onChange={(placement) => onChange({ placement })} />
      <fieldset>
        <legend>In the page</legend>
        <label class="choice">
          <input
            type="checkbox"
            name="highlights"
            checked={settings.highlights}
            onChange={(e) => onChange({ highlights: e.currentTarget.checked })}
          />
          <span>Highlight the quotes and figures that were checked</span>
        </label>
      </fieldset>
      <Radios name="theme" legend="Theme" choices={THEME} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      <p class={status && !status.ok ? 'status error' : 'status'} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}

interface RadiosProps<T extends string> {
  name: string;
  legend: string;
  choices: Choice<T>[];
  value: T;
  onChange(value: T): void;
}

function Radios<T extends string>({ name, legend, choices, value, onChange }: RadiosProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} class="choice">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            aria-describedby={c.hint ? `${name}-${c.value}-hint` : undefined}
            onChange={() => onChange(c.value)}
          />
          <span>
            {c.label}
            {c.hint && (
              <span class="hint" id={`${name}-${c.value}-hint`}>
                {c.hint}
              </span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Sites({ sites, onChange }: { sites: string[]; onChange(sites: string[]): void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const host = normalizeHost(draft);
    if (!host) return setError(`“${draft.trim()}” is not a site name. Type one like example.com, or paste a page's address.`);
    const covering = sites.find((s) => siteListed([s], host));
    if (covering) return setError(covering === host ? `${host} is already on the list.` : `${host} is already covered by ${covering}.`);
    setError(null);
    setDraft('');
    onChange([...sites, host]);
  };
  return (
    <fieldset class="sites">
      <legend>Sites where Triangulate is off</legend>
      {sites.length ? (
        <ul class="site-list">
          {sites.map((s) => (
            <li key={s} data-site={s}>
              <span>{s}</span>
              <button type="button" aria-label={`Remove ${s}`} onClick={() => onChange(sites.filter((x) => x !== s))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="note">None: Triangulate reads every site.</p>
      )}
      {/* A form of its own so Enter in the field adds the site. */}
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for="add-site">Add a site</label>
        <input
          id="add-site"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-site-error' : 'add-site-hint'}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {error ? (
        <p class="note error" id="add-site-error" role="alert">
          {error}
        </p>
      ) : (
        <p class="hint" id="add-site-hint">
          A site also covers its subdomains: example.com covers news.example.com.
        </p>
      )}
    </fieldset>
  );
}
