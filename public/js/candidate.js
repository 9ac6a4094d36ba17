// The candidate page. A fact's link to its words in the CV scrolls the CV's
// own box to them and flashes them (without scripting the link still jumps).
// "c" confirms the fact whose row holds the focus, before the general
// shortcut (the first fact to confirm) takes over; never while typing.
(function () {
  'use strict';

  function typing(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.fact-source-link') : null;
    if (!link) return;
    var mark = document.getElementById(link.getAttribute('href').slice(1));
    if (!mark) return;
    event.preventDefault();
    var smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
    var flashed = document.querySelectorAll('.cv-text .is-flashing');
    for (var i = 0; i < flashed.length; i++) flashed[i].classList.remove('is-flashing');
    mark.classList.add('is-flashing');
    setTimeout(function () {
      mark.classList.remove('is-flashing');
    }, 1600);
    if (history.replaceState) history.replaceState(null, '', '#' + mark.id);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'c' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target) || !event.target.closest) return;
    var row = event.target.closest('.fact');
    var button = row ? row.querySelector('button[data-shortcut="c"]') : null;
    if (!button) return;
    event.preventDefault();
    button.click();
  });

  // After htmx swaps a fact's row, the focus goes back into the new row, so the keyboard stays where it was.
  document.addEventListener('htmx:afterSwap', function (event) {
    var row = event.detail && event.detail.target;
    if (!row || !row.id || row.id.indexOf('fact-') !== 0) return;
    var fresh = document.getElementById(row.id);
    if (!fresh) return;
    // A deleted fact's row holds no control: the next row's first one takes the focus.
    var place = fresh.querySelector('button, a, summary') ? fresh : fresh.nextElementSibling || fresh;
    var next = place.querySelector('button, a, summary');
    if (next) next.focus();
  });
})();
