// The panels fed by catalog-service: the pair's agreements as timelines of their status, and its latest events with
// the sentences that report them and links to the articles.

import { QUADS, cameo, element, plural, signed } from './format.js';

const AGREEMENTS_SHOWN = 10;
const EVENTS_SHOWN = 8;
const QUOTES_PER_EVENT = 2;

/** Loads the pair's agreements into `panel`. */
export async function showAgreements(panel, pair, catalog, countries) {
  panel.loading();
  const agreements = await catalog.agreements(pair, AGREEMENTS_SHOWN);
  if (agreements.length === 0) {
    panel.empty(`No agreements between ${countries.name(pair.a)} and ${countries.name(pair.b)} yet.`);
    return;
  }
  const items = await Promise.all(agreements.map((agreement) => agreementItem(agreement, catalog)));
  document.getElementById('agreements').replaceChildren(...items);
  panel.ready();
}

/** Loads the pair's latest events into `panel`. */
export async function showEvents(panel, pair, catalog, countries) {
  panel.loading();
  const events = await catalog.events(pair, EVENTS_SHOWN);
  if (events.length === 0) {
    panel.empty('No events for this pair yet.');
    return;
  }
  const items = await Promise.all(events.map((event) => eventItem(event, catalog, countries)));
  document.getElementById('events').replaceChildren(...items);
  panel.ready();
}

async function agreementItem(agreement, catalog) {
  const item = element('li', 'agreement');
  const head = element('div', 'item-head');
  head.append(element('h3', null, agreement.title || 'Untitled agreement'), statusBadge(agreement.status));
  const timeline = element('ol', 'timeline');
  timeline.append(...await Promise.all(steps(agreement.statusHistory).map(async (step) => {
    const entry = element('li');
    entry.append(element('time', null, step.date || 'undated'), statusBadge(step.status),
      await evidence(step.statements[0], step.statements.map((statement) => statement.articleId), catalog));
    return entry;
  })));
  item.append(head, element('p', 'meta', [agreement.type, agreement.domain,
    `${plural(agreement.mentionCount, 'statement')} in ${plural(agreement.articles.length, 'article')}`]
    .filter(Boolean).join(' · ')), timeline);
  return item;
}

/** The status history with consecutive statements of the same status and date taken together. */
function steps(history) {
  const result = [];
  for (const statement of history) {
    const last = result[result.length - 1];
    if (last && last.status === statement.status && last.date === statement.date) {
      last.statements.push(statement);
    } else {
      result.push({ status: statement.status, date: statement.date, statements: [statement] });
    }
  }
  return result;
}

function statusBadge(status) {
  return element('span', `badge status-${status}`, status.replaceAll('_', ' '));
}

async function eventItem(event, catalog, countries) {
  const item = element('li', 'event');
  const quad = QUADS[event.quad - 1];
  const head = element('div', 'item-head');
  const badge = element('span', `badge quad-${event.quad}`, quad.label);
  badge.style.setProperty('--quad-color', quad.color);
  head.append(element('time', null, event.date || 'undated'), badge);
  const what = element('p', 'what');
  what.append(element('strong', null, `${countries.name(event.source)} → ${countries.name(event.target)}`),
    `: ${cameo(event.cameo)} · Goldstein ${signed(event.goldstein, 1)} · reported by `
    + `${plural(event.articles.length, 'article')}`);
  item.append(head, what, ...await Promise.all(quotedMentions(event.mentions)
    .map((mention) => evidence(mention, [mention.articleId], catalog))));
  return item;
}

/** The first mentions with distinct sentences. */
function quotedMentions(mentions) {
  const seen = new Set();
  return mentions.filter((mention) => {
    const sentence = mention.evidence && mention.evidence.sentence;
    if (!sentence || seen.has(sentence)) {
      return false;
    }
    seen.add(sentence);
    return true;
  }).slice(0, QUOTES_PER_EVENT);
}

/** The statement's sentence with its quote marked, and links to the articles that make it. */
async function evidence(statement, articleIds, catalog) {
  const block = element('figure', 'evidence');
  const quote = element('blockquote');
  const { sentence, quote: words } = statement.evidence;
  const at = sentence && words ? sentence.indexOf(words) : -1;
  if (at < 0) {
    quote.textContent = sentence || words;
  } else {
    quote.append(sentence.slice(0, at), element('mark', null, words), sentence.slice(at + words.length));
  }
  const sources = element('figcaption');
  const links = await Promise.all([...new Set(articleIds)].map((id) => catalog.articleLink(id)));
  links.forEach((link, index) => {
    const anchor = element('a', null, link.text);
    anchor.href = link.href;
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
    sources.append(index === 0 ? '— ' : ', ', anchor);
  });
  block.append(quote, sources);
  return block;
}
