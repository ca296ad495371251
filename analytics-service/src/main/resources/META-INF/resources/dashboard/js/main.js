// The dashboard of one pair of countries: /dashboard?a=PAK&b=IRN[&period=year|quarter|month]. Each panel loads on
// its own and shows its own failure; a failed call never leaves a panel blank or a chart silently empty.

import { ApiError, getJson } from './api.js';
import { Catalog } from './catalog.js';
import { configureCharts } from './charts.js';
import { showAgreements, showEvents } from './facts.js';
import { Countries } from './format.js';
import { Panel } from './panel.js';
import { fillPairPicker } from './pairs.js';
import { showTrade } from './trade.js';
import { showTrend } from './trend.js';

const PERIODS = ['year', 'quarter', 'month'];

const panels = {
  trend: new Panel('trend-panel'),
  trade: new Panel('trade-panel'),
  agreements: new Panel('agreements-panel'),
  events: new Panel('events-panel'),
};
const query = new URLSearchParams(window.location.search);
const chosen = {
  pair: pairFrom(query),
  period: PERIODS.includes(query.get('period')) ? query.get('period') : 'year',
};

start();

async function start() {
  if (typeof Chart === 'undefined') {
    failAll(new ApiError('The charting library did not load', 'reload the page; if it persists, analytics-service '
      + 'is missing Chart.js'));
    return;
  }
  configureCharts();
  const settings = await settingsOrNull();
  if (!settings) {
    return;
  }
  const countries = new Countries(settings.countries);
  const pairs = await pickerFilled(countries);
  if (!chosen.pair && pairs && pairs.length > 0) {
    chosen.pair = { a: pairs[0].a, b: pairs[0].b };
    document.getElementById('pair').value = pairs[0].dyad;
    rememberInAddress();
  }
  if (!chosen.pair) {
    const sentence = pairs ? 'No pair of countries has facts yet.'
      : 'Choose a pair in the address: /dashboard?a=PAK&b=IRN.';
    Object.values(panels).forEach((panel) => panel.empty(sentence));
    return;
  }
  showPair(chosen.pair, countries);
  wireControls();
  const catalog = new Catalog(settings.catalogUrl);
  await Promise.all([
    loadTrend(),
    fill(panels.trade, () => showTrade(panels.trade, chosen.pair)),
    fill(panels.agreements, () => showAgreements(panels.agreements, chosen.pair, catalog, countries)),
    fill(panels.events, () => showEvents(panels.events, chosen.pair, catalog, countries)),
  ]);
}

/** `a` and `b` of the address, upper case, or null when either is missing. */
function pairFrom(parameters) {
  const a = (parameters.get('a') || '').trim().toUpperCase();
  const b = (parameters.get('b') || '').trim().toUpperCase();
  return a && b ? { a, b } : null;
}

/** The page's settings, or null (with every panel saying why) when they cannot be read. */
async function settingsOrNull() {
  try {
    return await getJson('/dashboard/config.json', 'analytics-service');
  } catch (error) {
    if (!(error instanceof ApiError)) {
      throw error;
    }
    failAll(error);
    return null;
  }
}

/** Fills the pair picker; when that fails, says so beside it and resolves to null. */
async function pickerFilled(countries) {
  const message = document.getElementById('pair-message');
  try {
    return await fillPairPicker(document.getElementById('pair'), chosen.pair, countries);
  } catch (error) {
    if (!(error instanceof ApiError)) {
      throw error;
    }
    message.textContent = `The list of pairs is unavailable: ${error.message}`;
    message.hidden = false;
    return null;
  }
}

function showPair(pair, countries) {
  document.getElementById('pair-title').textContent = `${countries.label(pair.a)} and ${countries.label(pair.b)}`;
  document.title = `${countries.name(pair.a)} – ${countries.name(pair.b)} · Entente dashboard`;
}

function wireControls() {
  const period = document.getElementById('period');
  period.value = chosen.period;
  period.addEventListener('change', () => {
    chosen.period = period.value;
    rememberInAddress();
    loadTrend();
  });
  document.getElementById('pair').addEventListener('change', (change) => {
    const [a, b] = change.target.value.split('-');
    openPair({ a, b });
  });
  document.getElementById('swap').addEventListener('click', () => openPair({ a: chosen.pair.b, b: chosen.pair.a }));
}

/** Loads the trend by the chosen period; the period cannot change meanwhile, so answers never arrive out of turn. */
async function loadTrend() {
  const period = document.getElementById('period');
  period.disabled = true;
  try {
    await fill(panels.trend, () => showTrend(panels.trend, chosen.pair, chosen.period));
  } finally {
    period.disabled = false;
  }
}

/** Runs `load`, which fills `panel`; a failed call is shown in the panel, and so is a fault of this page. */
async function fill(panel, load) {
  try {
    await load();
  } catch (error) {
    if (error instanceof ApiError) {
      panel.error(error);
      return;
    }
    panel.error(new ApiError('This panel could not be drawn', error.message));
    throw error;
  }
}

function failAll(error) {
  Object.values(panels).forEach((panel) => panel.error(error));
}

function openPair(pair) {
  window.location.search = address(pair, chosen.period);
}

function rememberInAddress() {
  window.history.replaceState(null, '', `?${address(chosen.pair, chosen.period)}`);
}

function address(pair, period) {
  return new URLSearchParams({ a: pair.a, b: pair.b, period }).toString();
}
