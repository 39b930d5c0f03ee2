// The lexicon: general knowledge of English news prose, and only that. Speech verbs, titles and
// honorifics, roles, demonyms, organisation markers, months, number words, currencies, quote
// marks and abbreviations each have one home here. No person, place, organisation or subject of
// any one story belongs in this file: story knowledge is data (data/stories/<id>/).

// ── Quote marks ──────────────────────────────────────────────────────────────────────────────

// ── Speech, names and roles ──────────────────────────────────────────────────────────────────

// ── Numbers, money and dates ─────────────────────────────────────────────────────────────────

// ── Sentences ────────────────────────────────────────────────────────────────────────────────
