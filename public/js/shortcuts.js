// Keyboard shortcuts. "?" shows the list (the <dialog id="shortcuts"> the
// layout renders); any element with data-shortcut="g h" is clicked (or, for a
// field, focused) when those keys are pressed one after the other. A page
// registers a shortcut by marking its element and listing it in its view
// model. Nothing happens while a person types in a field.
(function () {
  'use strict';
  var SEQUENCE_MS = 1200;
  var pending = '';
  var timer;

  function typing(element) {
    if (!element || !element.tagName) return false;
    return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
  }

  // A field wins over a link with the same keys: on the search page "/" focuses
  // its field rather than following the navigation's link to the same page.
  function find(keys, prefix) {
    var elements = document.querySelectorAll('[data-shortcut]');
    var first = null;
    for (var i = 0; i < elements.length; i++) {
      var value = elements[i].getAttribute('data-shortcut');
      if (prefix ? value.indexOf(keys + ' ') === 0 : value === keys) {
        if (prefix || typing(elements[i])) return elements[i];
        first = first || elements[i];
      }
    }
    return first;
  }

  function reset() {
    pending = '';
    clearTimeout(timer);
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target) || event.key.length !== 1) return;
    var dialog = document.getElementById('shortcuts');
    if (event.key === '?') {
      event.preventDefault();
      reset();
      if (dialog && dialog.open) dialog.close();
      else if (dialog) dialog.showModal();
      return;
    }
    if (dialog && dialog.open) return;
    var keys = pending ? pending + ' ' + event.key : event.key;
    var target = find(keys, false);
    if (target) {
      event.preventDefault();
      reset();
      if (typing(target)) target.focus();
      else target.click();
      return;
    }
    if (!find(keys, true)) keys = find(event.key, true) ? event.key : '';
    pending = keys;
    clearTimeout(timer);
    if (pending) timer = setTimeout(reset, SEQUENCE_MS);
  });
})();
