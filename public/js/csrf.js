// Sends the page's CSRF token (from <meta name="csrf-token">) with every htmx request.
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) event.detail.headers['X-CSRF-Token'] = meta.content;
  });
})();
