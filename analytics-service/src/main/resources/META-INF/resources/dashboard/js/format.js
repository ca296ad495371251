// How numbers, money, countries and event codes read on the page.

const compactUsd = new Intl.NumberFormat('en', {
  style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2,
});
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
const percentChange = new Intl.NumberFormat('en', {
  style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero',
});
const MINUS = '\u2212';

/** "$300M", "$1.25B"; a dash for no value. */
export function usd(value) {
  return value === null || value === undefined ? '–' : compactUsd.format(value).replace('-', MINUS);
}

/** "25%"; a dash for no value. */
export function percentage(ratio) {
  return ratio === null || ratio === undefined ? '–' : percent.format(ratio).replace('-', MINUS);
}

/** "+25%", "−3.5%"; a dash for no value. */
export function change(ratio) {
  return ratio === null || ratio === undefined ? '–' : percentChange.format(ratio).replace('-', MINUS);
}

/** A signed decimal, "+1.45" or "−10.00"; a dash for no value. */
export function signed(value, digits = 2) {
  if (value === null || value === undefined) {
    return '–';
  }
  const text = Math.abs(value).toFixed(digits);
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text}` : text;
}

/** "1 article", "3 articles". */
export function plural(number, noun) {
  return `${number} ${noun}${number === 1 ? '' : 's'}`;
}

/** Names countries from the settings' code → name map: "Pakistan (PAK)", or the code alone when unnamed. */
export class Countries {
  constructor(names) {
    this.names = names;
  }

  name(code) {
    return this.names[code] || code;
  }

  label(code) {
    return this.names[code] ? `${this.names[code]} (${code})` : code;
  }
}

/** The quad classes, 1 to 4, with the colours the charts and badges use. */
export const QUADS = [
  { key: 'q1', number: 1, label: 'Verbal cooperation', color: '#8cc98f' },
  { key: 'q2', number: 2, label: 'Material cooperation', color: '#2e8540' },
  { key: 'q3', number: 3, label: 'Verbal conflict', color: '#f2a541' },
  { key: 'q4', number: 4, label: 'Material conflict', color: '#c0392b' },
];

// The twenty root categories of the CAMEO event codes
const CAMEO_ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
};

/** "Consult (042)": the code's root category and the code. */
export function cameo(code) {
  const root = CAMEO_ROOTS[code.slice(0, 2)];
  return root ? `${root} (${code})` : code;
}

/** An element with the given class and text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

/** A table with a header row and one row per entry of `rows` (arrays of cell texts). */
export function table(caption, headers, rows) {
  const node = element('table', 'figures');
  node.append(element('caption', null, caption));
  const head = node.createTHead().insertRow();
  for (const header of headers) {
    const cell = element('th', null, header);
    cell.scope = 'col';
    head.append(cell);
  }
  const body = node.createTBody();
  for (const row of rows) {
    const line = body.insertRow();
    for (const text of row) {
      line.insertCell().textContent = text;
    }
  }
  return node;
}
