// What the charts of the page share: Chart.js defaults, replacing a canvas' chart, the hatching of estimates.

/** Chart.js defaults for the page: the page's font, no animation, charts that fill their box. */
export function configureCharts() {
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#333';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.position = 'bottom';
  Chart.defaults.plugins.legend.labels.boxWidth = 14;
  Chart.defaults.plugins.legend.labels.sort = (one, other) => one.datasetIndex - other.datasetIndex;
}

/** Draws `config` on `canvas`, replacing the chart it had. */
export function replaceChart(canvas, config) {
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, config);
}

const patterns = new Map();

/** A fill of diagonal `color` stripes on white, for estimates. */
export function hatched(color) {
  if (!patterns.has(color)) {
    const tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    const pen = tile.getContext('2d');
    pen.fillStyle = '#fff';
    pen.fillRect(0, 0, 8, 8);
    pen.strokeStyle = color;
    pen.lineWidth = 2.5;
    pen.beginPath();
    pen.moveTo(-2, 10);
    pen.lineTo(10, -2);
    pen.moveTo(-2, 2);
    pen.lineTo(2, -2);
    pen.moveTo(6, 10);
    pen.lineTo(10, 6);
    pen.stroke();
    patterns.set(color, pen.createPattern(tile, 'repeat'));
  }
  return patterns.get(color);
}
