// catalog-service's REST API as the page reads it: a pair's agreements with their status histories, its latest
// events with their mentions, and the articles behind them. The browser calls catalog-service directly, so it must
// allow cross-origin GETs from this page.

import { ApiError, getJson, withQuery } from './api.js';

const SERVICE = 'catalog-service';

export class Catalog {
  /** `baseUrl`: the settings' catalogUrl, absolute or relative to this page. */
  constructor(baseUrl) {
    this.base = new URL(baseUrl, window.location.href).toString().replace(/\/$/, '');
    this.articleLookups = new Map();
  }

  /** The pair's latest agreements (at most `limit`), each with its status history. */
  async agreements(pair, limit) {
    const page = await getJson(withQuery(`${this.base}/api/agreements`,
      { country: pair.a, counterpart: pair.b, limit }), SERVICE);
    return Promise.all(page.items.map((agreement) => getJson(`${this.base}/api/agreements/${agreement.id}`,
      SERVICE)));
  }

  /** The pair's latest events (at most `limit`), each with its mentions. */
  async events(pair, limit) {
    const page = await getJson(withQuery(`${this.base}/api/events`, { country: pair.a, counterpart: pair.b, limit }),
      SERVICE);
    return Promise.all(page.items.map((event) => getJson(`${this.base}/api/events/${event.id}`, SERVICE)));
  }

  /**
   * Where to read article `id`: its title and address when the catalog knows them, else the catalog's own record of
   * it. An article that cannot be looked up (deleted since, say) still gets a link: to its record.
   */
  async articleLink(id) {
    if (!this.articleLookups.has(id)) {
      this.articleLookups.set(id, this.lookUp(id));
    }
    return this.articleLookups.get(id);
  }

  async lookUp(id) {
    const record = `${this.base}/api/articles/${encodeURIComponent(id)}`;
    try {
      const article = await getJson(record, SERVICE);
      const published = /^https?:\/\//i.test(article.url || '') ? article.url : record;
      return { href: published, text: article.title || article.source || unnamed(id) };
    } catch (error) {
      if (error instanceof ApiError) {
        return { href: record, text: unnamed(id) };
      }
      throw error;
    }
  }
}

/** "article 3f9a2c1e…": article ids are long digests. */
function unnamed(id) {
  return `article ${id.length > 12 ? `${id.slice(0, 8)}…` : id}`;
}
