// Person names in running text: capitalised word runs, with titles and roles stripped
// ("Former Dutch Prime Minister Mark Rutte" -> Mark Rutte, "Mr. Stoltenberg" -> Stoltenberg).

export interface NameRun {
  words: string[];
  start: number;
  end: number;
}

// Capitalised words that are not names: function words that start sentences, titles, roles.
const NOT_NAMES = new Set(
  ('the a an in on at by for to of from with as but and or so yet if when while after before since during ' +
    'he she it they we i you his her their its our my this that these those there here however meanwhile ' +
    'mr mrs ms dr prof sen gen gov rep sir dame lord lady president vice prime minister secretary general chief ' +
    'former incoming outgoing new old acting deputy foreign defence defense chancellor king queen prince ' +
    'ambassador spokesman spokeswoman spokesperson officials official leader director senator governor ' +
    'photographer photo credit advertisement read more related tuesday monday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december ' +
    'one two three four five six seven eight nine ten his hers both all some many several another other ' +
    'under unlike despite without within throughout among amid against toward towards across through upon ' +
    'beside besides behind beyond near via following including like over about around along also still now ' +
    'today yesterday tomorrow asked speaking').split(' '),
);

const TITLE = /^(?:mr|mrs|ms|dr|prof|sen|gen|gov|rep)\.?$/i;

/** Capitalised runs that look like names, left to right. Acronyms (NATO) count as one-word names. */
export function findNames(text: string): NameRun[] {
  const runs: { w: string; start: number; end: number }[][] = [];
  let run: { w: string; start: number; end: number }[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu)) {
    const word = m[0];
    const capital = /^\p{Lu}/u.test(word) && !/^\p{Lu}\.$/u.test(word) || TITLE.test(word);
    const prev = run[run.length - 1];
    const continues = prev && /^[^\S\n]+$/.test(text.slice(lastEnd, m.index)) && (!prev.w.endsWith('.') || TITLE.test(prev.w));
    if (!capital || (prev && !continues)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (capital) run.push({ w: word, start: m.index, end: m.index + word.length });
    lastEnd = m.index + word.length;
  }
  if (run.length) runs.push(run);
  const out: NameRun[] = [];
  for (const r of runs) {
    // The name is what follows the last title, role or nationality in the run:
    // "NATO Secretary-General Mark Rutte", "Former Dutch Prime Minister Mark Rutte".
    let k = 0;
    for (let j = 0; j < r.length; j++) if (isRole(r[j].w) || TITLE.test(r[j].w) || isNationality(r[j].w)) k = j + 1;
    const kept = r.slice(k);
    if (!kept.length) continue;
    const words = kept.map((x) => clean(x.w).replace(/\.$/, ''));
    if (words.some((w) => w.length < 2 && !/^\p{Lu}$/u.test(w)) || /^I['’]/.test(words[0])) continue;
    out.push({ words, start: kept[0].start, end: kept[kept.length - 1].start + clean(kept[kept.length - 1].w).replace(/\.$/, '').length });
  }
  return out;
}

function clean(word: string): string {
  return word.replace(/\.$/, '').replace(/['’]s$/, '').replace(/['’]$/, '');
}

// Demonyms that precede names ("Dutch Prime Minister Mark Rutte"): a list, not a suffix rule,
// so that Christian, Adrian or Kamala stay first names.
const NATIONALITIES = new Set(
  ('american british dutch french german italian spanish russian ukrainian polish norwegian swedish finnish ' +
    'danish belgian austrian swiss greek turkish chinese japanese korean indian pakistani iranian iraqi israeli ' +
    'palestinian saudi egyptian canadian mexican brazilian australian european african irish scottish welsh ' +
    'hungarian czech slovak romanian bulgarian serbian croatian estonian latvian lithuanian portuguese').split(' '),
);

/** A title or role word, hyphenated ones too ("Secretary-General", "Vice-President"). */
function isRole(word: string): boolean {
  return clean(word).toLowerCase().split('-').every((part) => NOT_NAMES.has(part));
}

function isNationality(word: string): boolean {
  return NATIONALITIES.has(clean(word).toLowerCase());
}

/** The last word of a name, lower-cased, for comparing speakers ("Mark Rutte" ~ "Rutte"). */
export function surname(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
}

/** A lookup from a name to the fullest form of it among `known` ("Rutte" -> "Mark Rutte"),
 * built once so that many speakers can be looked up cheaply. */
export function fullNames(known: Iterable<string>): (name: string) => string {
  const fullest = new Map<string, string>();
  for (const k of known) {
    const best = fullest.get(surname(k));
    if (!best || k.split(' ').length > best.split(' ').length) fullest.set(surname(k), k);
  }
  return (name) => {
    const best = fullest.get(surname(name));
    return best && best.split(' ').length > name.split(' ').length ? best : name;
  };
}

/** Maps a one-word name to the fullest name that ends with it among `known`. */
export function fullName(name: string, known: Iterable<string>): string {
  return fullNames(known)(name);
}
