// One panel of the page and the state it is in: loading, ready, empty (with a sentence saying so) or error (with the
// failed call's title and detail). The state is also the panel's data-state attribute, for styles and tests.

export class Panel {
  constructor(id) {
    this.root = document.getElementById(id);
    this.message = this.root.querySelector('.message');
    this.body = this.root.querySelector('.panel-body');
  }

  loading() {
    this.show('loading', 'Loading…', 'status');
  }

  /** Shows the panel's content. */
  ready() {
    this.root.dataset.state = 'ready';
    this.message.hidden = true;
    this.message.textContent = '';
    this.body.hidden = false;
  }

  /** Says there is nothing to show, in `sentence`, instead of an empty chart or list. */
  empty(sentence) {
    this.show('empty', sentence, 'status');
  }

  /** Shows what went wrong (an ApiError) in place of the content. */
  error(apiError) {
    this.show('error', '', 'alert');
    const title = document.createElement('strong');
    title.textContent = apiError.title;
    this.message.append(title);
    if (apiError.detail) {
      this.message.append(document.createElement('br'), apiError.detail);
    }
  }

  show(state, text, role) {
    this.root.dataset.state = state;
    this.body.hidden = true;
    this.message.hidden = false;
    this.message.setAttribute('role', role);
    this.message.textContent = text;
  }
}
