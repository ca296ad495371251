// The trade balance panel: GET /api/analytics/trade-balance drawn per year as exports each way (bars), balance and
// total (lines), with estimates hatched or hollow, targets as stars and conflicting figures as triangles.

import { getJson, withQuery } from './api.js';
import { hatched, replaceChart } from './charts.js';
import { change, element, percentage, plural, table, usd } from './format.js';

// A target more than this many times the largest figure is drawn at the top of the figures' scale (with its value
// written beside it) rather than squeezing every figure flat at the bottom of the chart.
const OFF_SCALE = 2;
const PINNED_AT = 1.1;

const COLORS = {
  aToB: '#2b6cb0', bToA: '#dd8a2e', balance: '#4a4a4a', total: '#2e8540', target: '#7b3fa0', conflict: '#c0392b',
};

/** Loads the pair's trade balance into `panel`. */
export async function showTrade(panel, pair) {
  panel.loading();
  const trade = await getJson(withQuery('/api/analytics/trade-balance', { a: pair.a, b: pair.b }),
    'analytics-service');
  const years = chartedYears(trade);
  if (years.length === 0) {
    const others = trade.targets.length + trade.undated.length;
    panel.empty(others === 0 ? 'No trade figures for this pair yet.'
      : `No yearly trade figures for this pair yet (${others} without a year).`);
    return;
  }
  panel.ready();
  const names = seriesNames(pair);
  draw(years, trade, names);
  document.getElementById('trade-summary').textContent = summary(trade, pair);
  document.getElementById('trade-notes').replaceChildren(...notes(trade, names));
  document.getElementById('trade-table').replaceChildren(figures(trade, names));
}

/** The series as a sentence names them. */
function seriesNames(pair) {
  return {
    aToB: `exports ${pair.a} → ${pair.b}`,
    bToA: `exports ${pair.b} → ${pair.a}`,
    balance: `balance (${pair.a} exports − ${pair.b} exports)`,
    total: 'total trade',
    statedTotal: 'stated total',
  };
}

/** The series as a legend or heading names them. */
function capitalized(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The years of the answer and of its targets, every year between the first and the last, as labels. */
function chartedYears(trade) {
  const years = [...trade.years.map((row) => row.year), ...trade.targets.map((target) => target.year)]
    .filter((year) => year !== null);
  if (years.length === 0) {
    return [];
  }
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => String(first + index));
}

function draw(years, trade, names) {
  const rows = new Map(trade.years.map((row) => [String(row.year), row]));
  const column = (value) => years.map((year) => (rows.has(year) ? value(rows.get(year)) : null));
  const largest = Math.max(0, ...trade.years.flatMap((row) => [row.aToB, row.bToA, row.total, row.balance])
    .filter((value) => value !== null).map(Math.abs));
  const canvas = document.getElementById('trade-chart');
  canvas.setAttribute('aria-label', `Trade per year from ${years[0]} to ${years[years.length - 1]} in US dollars: `
    + `${names.aToB}, ${names.bToA}, balance and total; estimates hatched, targets as stars, conflicting figures `
    + 'as triangles. The same figures are in the table below.');
  replaceChart(canvas, {
    type: 'bar',
    data: {
      labels: years,
      datasets: [
        bars('aToB', capitalized(names.aToB), column((row) => row.aToB), column((row) => row.basis.aToB)),
        bars('bToA', capitalized(names.bToA), column((row) => row.bToA), column((row) => row.basis.bToA)),
        line('balance', capitalized(names.balance), column((row) => row.balance), column(balanceBasis)),
        line('total', capitalized(names.total), column((row) => row.total), column((row) => row.basis.total)),
        markers('targets', 'Targets', 'star', 10, targetPoints(trade.targets, largest)),
        markers('conflicts', 'Conflicting figures', 'triangle', 7, trade.years.flatMap((row) => row.conflicts
          .map((conflict) => ({ x: String(row.year), y: highest(conflict), conflict })))),
      ],
    },
    plugins: [offScaleValues],
    options: {
      interaction: { mode: 'x', intersect: false },
      plugins: {
        legend: { labels: { generateLabels: solidLegend } },
        tooltip: { callbacks: { label: (item) => describe(item, names) } },
      },
      scales: {
        y: { ticks: { callback: (value) => usd(value) }, title: { display: true, text: 'US dollars' } },
      },
    },
  });
}

/** The dated targets as points; one far beyond the largest figure is pinned to the top of the figures' scale. */
function targetPoints(targets, largest) {
  return targets.filter((target) => target.year !== null).map((target) => {
    const offScale = largest > 0 && target.valueUsd > OFF_SCALE * largest;
    return { x: String(target.year), y: offScale ? PINNED_AT * largest : target.valueUsd, target, offScale };
  });
}

/** Writes the value of each pinned target beside it: "↑ $5B". */
const offScaleValues = {
  id: 'offScaleValues',
  afterDatasetsDraw(chart) {
    const index = chart.data.datasets.findIndex((dataset) => dataset.key === 'targets');
    const { ctx } = chart;
    ctx.save();
    ctx.font = `bold 12px ${Chart.defaults.font.family}`;
    ctx.fillStyle = COLORS.target;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(index).data.forEach((point, at) => {
      const { offScale, target } = chart.data.datasets[index].data[at];
      if (offScale) {
        ctx.fillText(`↑ ${usd(target.valueUsd)}`, point.x - 14, point.y);
      }
    });
    ctx.restore();
  },
};

function bars(key, label, data, basis) {
  const color = COLORS[key];
  return {
    key, label, data, basis, order: 3, borderColor: color, borderWidth: 1.5, legendColor: color,
    backgroundColor: (context) => (basis[context.dataIndex] === 'estimate' ? hatched(color) : color),
  };
}

function line(key, label, data, basis) {
  const color = COLORS[key];
  const estimate = (index) => basis[index] === 'estimate';
  return {
    key, label, data, basis, type: 'line', order: 1, spanGaps: false,
    borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 4, pointBorderWidth: 2,
    pointBackgroundColor: (context) => (estimate(context.dataIndex) ? '#fff' : color),
    segment: {
      borderDash: (context) => (estimate(context.p0DataIndex) || estimate(context.p1DataIndex) ? [5, 4] : []),
    },
  };
}

function markers(key, label, pointStyle, pointRadius, data) {
  const color = COLORS[key === 'targets' ? 'target' : 'conflict'];
  return {
    key, label, data, pointStyle, pointRadius, pointHoverRadius: pointRadius + 2, type: 'line', showLine: false,
    order: 0, borderColor: color, backgroundColor: color,
  };
}

/** The balance is an estimate when either flow is one. */
function balanceBasis(row) {
  if (row.balance === null) {
    return null;
  }
  return row.basis.aToB === 'estimate' || row.basis.bToA === 'estimate' ? 'estimate' : 'actual';
}

function highest(conflict) {
  return Math.max(...conflict.figures.map((figure) => figure.valueUsd));
}

/** Legend boxes in each series' plain colour, whatever the basis of its first point. */
function solidLegend(chart) {
  return Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
    const color = chart.data.datasets[item.datasetIndex].legendColor;
    return color ? { ...item, fillStyle: color } : item;
  });
}

function describe(item, names) {
  const { key } = item.dataset;
  if (key === 'targets') {
    const { target, offScale } = item.raw;
    return `Target for ${names[target.series]}: ${usd(target.valueUsd)}${offScale ? ' (above the scale)' : ''}`;
  }
  if (key === 'conflicts') {
    const { conflict } = item.raw;
    const values = conflict.figures.map((figure) => usd(figure.valueUsd));
    return `${capitalized(names[conflict.series])}, sources disagree: ${values.join(' vs ')}`;
  }
  const estimate = item.dataset.basis[item.dataIndex] === 'estimate' ? ' (estimate)' : '';
  return `${item.dataset.label}: ${usd(item.raw)}${estimate}`;
}

function summary(trade, pair) {
  const latest = [...trade.years].reverse().find((row) => row.total !== null);
  if (!latest) {
    return 'No year has a total yet.';
  }
  const estimate = latest.basis.total === 'estimate' ? ' (estimate)' : '';
  let text = `${latest.year}: total trade ${usd(latest.total)}${estimate}`;
  if (latest.balance !== null && latest.balance !== 0) {
    text += `, a ${usd(Math.abs(latest.balance))} ${latest.balance > 0 ? 'surplus' : 'deficit'} for ${pair.a}`;
  }
  if (latest.growth !== null) {
    text += `, ${change(latest.growth)} on the year before`;
  }
  return `${text}.`;
}

function notes(trade, names) {
  const items = [];
  if (trade.cagr) {
    const { rate, fromYear, toYear } = trade.cagr;
    items.push(element('li', null, `Total trade ${rate >= 0 ? 'grew' : 'shrank'} ${percentage(Math.abs(rate))} a `
      + `year from ${fromYear} to ${toYear}.`));
  }
  for (const target of trade.targets) {
    items.push(element('li', 'target', `Target: ${names[target.series]} of ${usd(target.valueUsd)}`
      + `${target.year === null ? '' : ` by ${target.year}`}${progress(target)}.`));
  }
  for (const row of trade.years) {
    for (const conflict of row.conflicts) {
      items.push(element('li', 'conflict', `${row.year}, ${names[conflict.series]}: sources disagree — `
        + `${conflict.figures.map((figure) => claim(figure, conflict.chosen)).join(' vs ')}.`));
    }
  }
  for (const figure of trade.undated) {
    items.push(element('li', null, `Without a year: ${names[figure.series]} of `
      + `${usd(figure.valueUsd)} (${figure.basis}).`));
  }
  return items;
}

function progress(target) {
  if (!target.latestActual) {
    return '';
  }
  return ` — latest figure ${usd(target.latestActual.valueUsd)} in ${target.latestActual.year}, `
    + `${percentage(target.progress)} of it`;
}

function claim(figure, chosen) {
  const used = figure.entityId === chosen ? ', used' : '';
  return `${usd(figure.valueUsd)} (${figure.basis}, ${plural(figure.articles.length, 'article')}${used})`;
}

function figures(trade, names) {
  const flagged = (row, key) => `${usd(row[key])}${row.basis[key] === 'estimate' ? ' (estimate)' : ''}`;
  return table('Trade per year, US dollars',
    ['year', names.aToB, names.bToA, 'balance', names.total, 'growth', 'conflicting figures'],
    trade.years.map((row) => [row.year, flagged(row, 'aToB'), flagged(row, 'bToA'), usd(row.balance),
      flagged(row, 'total'), change(row.growth), row.conflicts.length === 0 ? '' : row.conflicts.length]));
}
