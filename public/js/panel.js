// The interview page. "Submit scorecard…" asks once in a dialog; its "Submit"
// posts the form to the submit route with confirmed=1. Without scripting the
// button leads to the confirmation step instead. Drafts save through htmx
// (hx-trigger on the form); nothing here is needed for that.
(function () {
  'use strict';

  var pending = null;
  // Once the form is on its way (a button, or the dialog's "Submit"), a draft save still waiting is dropped.
  var leaving = false;

  document.addEventListener('submit', function (event) {
    if (event.target.matches && event.target.matches('form[data-draft-form]')) leaving = true;
  });

  // Back to the page from the browser's history: it saves again.
  window.addEventListener('pageshow', function () {
    leaving = false;
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    if (leaving) event.preventDefault();
  });

  document.addEventListener('click', function (event) {
    if (!event.target.closest) return;
    var submit = event.target.closest('button[data-confirm-submit]');
    if (submit) {
      var dialog = document.getElementById('panel-confirm');
      if (!dialog || typeof dialog.showModal !== 'function') return;
      event.preventDefault();
      pending = submit;
      dialog.showModal();
      return;
    }
    if (event.target.closest('[data-confirm-cancel]')) {
      var open = document.getElementById('panel-confirm');
      if (open) open.close();
      if (pending) pending.focus();
      pending = null;
      return;
    }
    if (event.target.closest('[data-confirm-yes]') && pending) {
      var form = pending.form;
      var confirmed = document.createElement('input');
      confirmed.type = 'hidden';
      confirmed.name = 'confirmed';
      confirmed.value = '1';
      form.appendChild(confirmed);
      form.setAttribute('action', pending.getAttribute('formaction'));
      leaving = true;
      form.submit();
    }
  });
})();
