// A button that prints the page, shown only with scripting on: without it the browser's own Print does the same.
(function () {
  'use strict';

  var buttons = document.querySelectorAll('button[data-print]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener('click', function () {
      window.print();
    });
  }
})();
