// The pair picker: the pairs of countries with facts, busiest first, from GET /api/analytics/dyads.

import { getJson, withQuery } from './api.js';
import { plural } from './format.js';

const LISTED = 1000;

/**
 * Fills `select` with the pairs that have facts and selects `current` ({a, b}, or null), listing it first when it
 * has none. Resolves to the pairs, busiest first.
 */
export async function fillPairPicker(select, current, countries) {
  const ranking = await getJson(withQuery('/api/analytics/dyads', { sort: 'activity', limit: LISTED }),
    'analytics-service');
  const options = ranking.dyads.map((dyad) => option(dyad.dyad, `${countries.name(dyad.a)} – `
    + `${countries.name(dyad.b)} · ${plural(dyad.events.events, 'event')}, `
    + `${plural(dyad.tradeFigures, 'trade figure')}`));
  const key = current && dyadKey(current);
  if (key && !ranking.dyads.some((dyad) => dyad.dyad === key)) {
    options.unshift(option(key, `${countries.name(current.a)} – ${countries.name(current.b)} · no facts yet`));
  }
  select.replaceChildren(...options);
  select.value = key || '';
  return ranking.dyads;
}

/** The pair's key as the analytics API spells it: both codes in alphabetical order, joined by "-". */
export function dyadKey(pair) {
  return [pair.a, pair.b].sort().join('-');
}

function option(value, text) {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = text;
  return node;
}
