// The relationship trend panel: GET /api/analytics/trends drawn as events per period by quad class with the mean
// Goldstein weight, and the cooperation index with its moving average.

import { getJson, withQuery } from './api.js';
import { replaceChart } from './charts.js';
import { QUADS, element, plural, signed, table } from './format.js';

const GOLDSTEIN = '#1f3a93';
const COOPERATION = '#6a3d9a';

/** Loads the pair's trends by `period` (year, quarter or month) into `panel`. */
export async function showTrend(panel, pair, period) {
  panel.loading();
  const report = await getJson(withQuery('/api/analytics/trends', { a: pair.a, b: pair.b, period }),
    'analytics-service');
  if (report.periods.length === 0) {
    const outside = outsidePeriods(report);
    panel.empty(outside ? `No events to chart by ${period} (${outside}).` : 'No events for this pair yet.');
    return;
  }
  panel.ready();
  const labels = report.periods.map((row) => row.period);
  drawEvents(labels, report);
  drawCooperation(labels, report);
  document.getElementById('trend-summary').textContent = direction(report.trend, report.period);
  fillNotes(report);
  document.getElementById('trend-table').replaceChildren(figures(report));
}

function drawEvents(labels, report) {
  const canvas = document.getElementById('trend-events-chart');
  const total = report.periods.reduce((sum, row) => sum + row.counts.events, 0);
  canvas.setAttribute('aria-label', `Events per ${report.period} from ${report.from} to ${report.to} by quad class: `
    + `${total} in all, with the mean Goldstein weight per ${report.period}`);
  replaceChart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        ...QUADS.map((quad) => ({
          key: quad.key,
          label: quad.label,
          data: report.periods.map((row) => row.counts[quad.key]),
          backgroundColor: quad.color,
          stack: 'events',
          yAxisID: 'events',
          order: 2,
        })),
        line('goldsteinMean', 'Mean Goldstein weight', report.periods.map((row) => row.counts.goldsteinMean),
          GOLDSTEIN, 'goldstein'),
        movingAverage('goldsteinMovingAverage', report, (average) => average.goldsteinMean, GOLDSTEIN, 'goldstein'),
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true },
        events: {
          type: 'linear', position: 'left', stacked: true, beginAtZero: true,
          ticks: { precision: 0 }, title: { display: true, text: 'events' },
        },
        goldstein: {
          type: 'linear', position: 'right', min: -10, max: 10,
          grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein weight' },
        },
      },
    },
  });
}

function drawCooperation(labels, report) {
  const canvas = document.getElementById('trend-cooperation-chart');
  canvas.setAttribute('aria-label', `Cooperation index per ${report.period}, from -1 (all conflict) to +1 (all `
    + `cooperation), with its moving average over ${report.window} ${report.period}s`);
  replaceChart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [
        line('cooperationIndex', 'Cooperation index', report.periods.map((row) => row.counts.cooperationIndex),
          COOPERATION, 'index'),
        movingAverage('cooperationMovingAverage', report, (average) => average.cooperationIndex, COOPERATION,
          'index'),
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        index: {
          type: 'linear', position: 'left', min: -1, max: 1,
          ticks: { stepSize: 0.5 }, title: { display: true, text: 'index' },
          grid: { color: (context) => (context.tick.value === 0 ? '#888' : '#e5e5e5') },
        },
      },
    },
  });
}

function line(key, label, data, color, axis) {
  return {
    key, label, data, type: 'line', yAxisID: axis, order: 1,
    borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 3, spanGaps: false,
  };
}

function movingAverage(key, report, measure, color, axis) {
  return {
    ...line(key, `Moving average, ${report.window} ${report.period}s`,
      report.periods.map((row) => (row.movingAverage ? measure(row.movingAverage) : null)), color, axis),
    borderDash: [6, 4], borderWidth: 1.5, pointRadius: 2, order: 0,
  };
}

function direction(trend, period) {
  if (!trend.direction) {
    return 'Too few periods with events to tell where the relationship is heading.';
  }
  return `Heading: ${trend.direction} — the mean Goldstein weight moved ${signed(trend.slope)} points a ${period} `
    + `from ${trend.from} to ${trend.to}.`;
}

function fillNotes(report) {
  const notes = document.getElementById('trend-notes');
  notes.replaceChildren();
  for (const shift of report.shifts) {
    notes.append(element('li', null, `Shift ${shift.from} → ${shift.to}: ${shift.direction}, Goldstein sum `
      + `${signed(shift.goldsteinSumChange, 1)}.`));
  }
  const outside = outsidePeriods(report);
  if (outside) {
    notes.append(element('li', null, `Not charted: ${outside}.`));
  }
}

/** "1 event dated only to its year and 2 undated events", or '' when every event is in a period. */
function outsidePeriods(report) {
  const parts = [];
  const { events } = report.coarser;
  if (events > 0) {
    parts.push(`${plural(events, 'event')} dated only to ${events === 1 ? 'its' : 'their'} year`);
  }
  if (report.undated.events > 0) {
    parts.push(plural(report.undated.events, 'undated event'));
  }
  return parts.join(' and ');
}

function figures(report) {
  return table(`Events per ${report.period}`,
    ['period', 'events', ...QUADS.map((quad) => quad.label.toLowerCase()), 'mean Goldstein', 'cooperation index',
      'moving average of the index'],
    report.periods.map((row) => [row.period, row.counts.events, ...QUADS.map((quad) => row.counts[quad.key]),
      signed(row.counts.goldsteinMean), signed(row.counts.cooperationIndex),
      signed(row.movingAverage ? row.movingAverage.cooperationIndex : null)]));
}
