// Calls to the analytics and catalog APIs. A failed call becomes an ApiError that says what went wrong in words a
// reader of the page understands: the problem document's title and detail, or why the service could not be reached.

/** A failed call: a short title and a detail, both fit to show in the affected panel. */
export class ApiError extends Error {
  constructor(title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.title = title;
    this.detail = detail;
  }
}

/**
 * GETs `url` and returns its JSON body. `service` names the service in messages ("analytics-service").
 * Rejects with an ApiError when the service cannot be reached or answers anything but 2xx.
 */
export async function getJson(url, service) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    if (!(error instanceof TypeError)) {
      throw error;
    }
    // fetch gives no reason for network failures: the service is down, the address is wrong, or CORS refused it
    throw new ApiError(`Could not reach ${service}`, `No answer from ${new URL(url).origin}. The service may be down, `
      + 'or it may not allow requests from this page (CORS).');
  }
  if (!response.ok) {
    throw problemError(response, await response.text(), service);
  }
  return response.json();
}

function problemError(response, body, service) {
  const problem = isJson(response) ? parseOrNull(body) : null;
  if (problem && typeof problem.title === 'string') {
    return new ApiError(problem.title, describe(problem));
  }
  return new ApiError(`${service} answered ${response.status} ${response.statusText}`.trim(),
    `for ${new URL(response.url).pathname}`);
}

function isJson(response) {
  const type = response.headers.get('Content-Type') || '';
  return /^application\/(problem\+)?json/.test(type);
}

function parseOrNull(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) {
      return null;
    }
    throw error;
  }
}

/** The problem's field errors ("a: must be a country code"), the most precise part, or else its detail. */
function describe(problem) {
  const fields = (problem.errors || []).map((error) => `${error.field}: ${error.message}`);
  return fields.length > 0 ? fields.join('; ') : problem.detail || '';
}

/** A URL with the given query parameters, leaving out null ones. */
export function withQuery(base, parameters) {
  const url = new URL(base, window.location.href);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined) {
      url.searchParams.set(name, value);
    }
  }
  return url.toString();
}
