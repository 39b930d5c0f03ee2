import { useState } from 'preact/hooks';
import type { Strictness } from '../lib/match/strictness';
import type { ComponentChildren } from 'preact';
import { normalizeHost, siteListed, type Placement, type Settings, type Theme } from '../lib/settings';
import { BESIDE_MIN_WIDTH, layoutSentence } from '../lib/sidebar/placement';

export interface OptionsFormProps {
  /** null until read from storage. */
  settings: Settings | null;
  /** After a change: saved, or why not. */
  status: { ok: boolean; text: string } | null;
  /** This window's width: the page says what the sidebar does at it. */
  width: number;
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
  { value: 'side', label: 'Beside the page', hint: `The page narrows so the sidebar covers none of its text, in windows ${BESIDE_MIN_WIDTH} px and wider.` },
  { value: 'overlay', label: 'Over the page', hint: 'The sidebar covers the right edge of the page while it is open.' },
];
const THEME: Choice<Theme>[] = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** "Saved" (or why not), announced, beside the group of controls that was just changed. */
function Status({ status }: { status: OptionsFormProps['status'] }) {
  return (
    <span class={status && !status.ok ? 'status error' : 'status'} role="status" aria-live="polite">
      {status?.text ?? ''}
    </span>
  );
}

/** The settings form. Every control saves on change: there is no Save button to forget. */
export function OptionsForm({ settings, status, width, onChange }: OptionsFormProps) {
  // Which group was changed last: its confirmation shows there, not at the foot of the page.
  const [changed, setChanged] = useState('');
  if (!settings) return <p class="note">Loading settings…</p>;
  const change = (group: string) => (patch: Partial<Settings>) => {
    setChanged(group);
    onChange(patch);
  };
  const statusOf = (group: string) => (changed === group ? status : null);
  return (
    <div class="options">
      <Sites sites={settings.disabledSites} status={statusOf('sites')} onChange={(disabledSites) => change('sites')({ disabledSites })} />
      <Radios
        name="strictness"
        legend="How close a source must be"
        choices={STRICTNESS}
        value={settings.strictness}
        status={statusOf('strictness')}
        onChange={(strictness) => change('strictness')({ strictness })}
      />
      <Radios
        name="open"
        legend="On pages that cover the story"
        choices={OPEN}
        value={settings.autoOpen ? 'open' : 'badge'}
        status={statusOf('open')}
        onChange={(v) => change('open')({ autoOpen: v === 'open' })}
      />
      <Radios
        name="placement"
        legend="Sidebar"
        choices={PLACEMENT}
        value={settings.placement}
        status={statusOf('placement')}
        onChange={(placement) => change('placement')({ placement })}
      >
        <p class="note" data-layout-now aria-live="polite">
          {layoutSentence(width, settings.placement)} Narrower than 700 px, it is a sheet at the bottom.
        </p>
      </Radios>
      <fieldset>
        <legend>
          In the page <Status status={statusOf('highlights')} />
        </legend>
        <label class="choice">
          <input
            type="checkbox"
            name="highlights"
            checked={settings.highlights}
            onChange={(e) => change('highlights')({ highlights: e.currentTarget.checked })}
          />
          <span>Highlight the quotes and figures that were checked</span>
        </label>
      </fieldset>
      <Radios name="theme" legend="Theme" choices={THEME} value={settings.theme} status={statusOf('theme')} onChange={(theme) => change('theme')({ theme })} />
    </div>
  );
}

interface RadiosProps<T extends string> {
  name: string;
  legend: string;
  choices: Choice<T>[];
  value: T;
  status: OptionsFormProps['status'];
  onChange(value: T): void;
  /** Said after the choices. */
  children?: ComponentChildren;
}

function Radios<T extends string>({ name, legend, choices, value, status, onChange, children }: RadiosProps<T>) {
  return (
    <fieldset>
      <legend>
        {legend} <Status status={status} />
      </legend>
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
      {children}
    </fieldset>
  );
}

function Sites({ sites, status, onChange }: { sites: string[]; status: OptionsFormProps['status']; onChange(sites: string[]): void }) {
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
      <legend>
        Sites where Triangulate is off <Status status={status} />
      </legend>
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
