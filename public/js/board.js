// The pipeline board: drag a card onto another stage, or move it from the
// keyboard (arrows between cards and columns, m opens the card's move menu,
// x selects it for a bulk action). A drop submits the card's own move form
// (htmx posts it), so the rules and the CSRF token are the form's; the
// server's answer replaces the card, and the card then goes to its column.
(function () {
  'use strict';

  function board() {
    return document.querySelector('.board');
  }

  function cardOf(element) {
    return element && element.closest ? element.closest('.board-card') : null;
  }

  function columns() {
    return Array.prototype.slice.call(document.querySelectorAll('.board-column'));
  }

  function cardsIn(column) {
    return Array.prototype.slice.call(column.querySelectorAll('.board-card'));
  }

  function typing(element) {
    return element && /^(INPUT|TEXTAREA|SELECT|BUTTON|SUMMARY)$/.test(element.tagName);
  }

  function updateSelected() {
    var count = document.querySelector('[data-selected]');
    var boxes = document.querySelectorAll('.board-select');
    var selected = 0;
    for (var i = 0; i < boxes.length; i++) {
      var card = cardOf(boxes[i]);
      if (card) card.classList.toggle('is-selected', boxes[i].checked);
      if (boxes[i].checked) selected++;
    }
    if (count) count.textContent = String(selected);
  }

  /** Submits the card's move form with the first move to that stage; false when none goes there. */
  function moveTo(card, stage) {
    var button = card.querySelector('.board-targets button[data-stage="' + stage + '"]');
    if (!button) return false;
    var form = button.form;
    if (button.classList.contains('is-exit')) {
      var reason = form.querySelector('input[name="reason"]');
      if (reason && !reason.value.trim()) {
        card.querySelector('details').open = true;
        reason.focus();
        return true;
      }
    }
    button.click();
    return true;
  }

  /** After the server answered, each card whose stage changed goes to the top of its stage's column. */
  function settle() {
    var cards = document.querySelectorAll('.board .board-card');
    for (var i = 0; i < cards.length; i++) {
      var card = cards[i];
      var stage = card.getAttribute('data-stage');
      var list = card.closest('.board-cards');
      if (!list || list.getAttribute('data-stage') === stage) continue;
      var target = document.querySelector('.board-cards[data-stage="' + stage + '"]');
      if (!target) continue;
      var empty = target.querySelector('.board-empty');
      if (empty) empty.remove();
      target.insertBefore(card, target.firstChild);
      card.focus();
    }
  }

  document.addEventListener('dragstart', function (event) {
    var card = cardOf(event.target);
    if (!card || !board()) return;
    event.dataTransfer.setData('text/plain', card.id);
    event.dataTransfer.effectAllowed = 'move';
    card.classList.add('is-dragging');
  });

  document.addEventListener('dragend', function (event) {
    var card = cardOf(event.target);
    if (card) card.classList.remove('is-dragging');
    columns().forEach(function (column) {
      column.classList.remove('is-drop-target');
    });
  });

  document.addEventListener('dragover', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    var dragging = document.querySelector('.board-card.is-dragging');
    if (!column || !dragging) return;
    var stage = column.getAttribute('data-column');
    if ((' ' + dragging.getAttribute('data-drop') + ' ').indexOf(' ' + stage + ' ') < 0) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    column.classList.add('is-drop-target');
  });

  document.addEventListener('dragleave', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (column && !column.contains(event.relatedTarget)) column.classList.remove('is-drop-target');
  });

  document.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    var card = document.getElementById(event.dataTransfer.getData('text/plain'));
    if (!column || !card) return;
    event.preventDefault();
    column.classList.remove('is-drop-target');
    moveTo(card, column.getAttribute('data-column'));
  });

  document.addEventListener('htmx:afterSettle', function () {
    if (board()) settle();
  });

  document.addEventListener('change', function (event) {
    if (event.target.classList && event.target.classList.contains('board-select')) updateSelected();
  });

  function step(card, key) {
    var column = card.closest('.board-column');
    var all = columns();
    var index = all.indexOf(column);
    var cards = cardsIn(column);
    var at = cards.indexOf(card);
    if (key === 'ArrowDown') return cards[at + 1];
    if (key === 'ArrowUp') return cards[at - 1];
    var direction = key === 'ArrowRight' ? 1 : -1;
    for (var i = index + direction; i >= 0 && i < all.length; i += direction) {
      var next = cardsIn(all[i]);
      if (next.length) return next[Math.min(at, next.length - 1)];
    }
    return null;
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    var card = event.target;
    if (!card.classList || !card.classList.contains('board-card') || typing(event.target)) return;
    if (/^Arrow/.test(event.key)) {
      var next = step(card, event.key);
      if (next) next.focus();
      event.preventDefault();
    } else if (event.key === 'm') {
      var menu = card.querySelector('details');
      if (!menu) return;
      event.preventDefault();
      menu.open = true;
      var first = menu.querySelector('.board-targets button');
      if (first) first.focus();
    } else if (event.key === 'x') {
      var box = card.querySelector('.board-select');
      if (!box) return;
      event.preventDefault();
      box.checked = !box.checked;
      updateSelected();
    }
  });
})();
