// CV intake: each chosen or dropped file is uploaded as its own request, at
// most three at a time, with a progress bar; the server answers the file's
// outcome as the same list item the page renders without scripting.
(function () {
  'use strict';
  var PARALLEL = 3;

  function setUp(form) {
    var input = form.querySelector('input[type=file]');
    var drop = form.querySelector('.intake-drop');
    var results = document.querySelector('.intake-results');
    var list = results && results.querySelector('.intake-outcomes');
    var limit = document.querySelector('.intake-limit');
    if (!input || !drop || !list || !window.FormData || !window.XMLHttpRequest) return;
    var max = Number(form.getAttribute('data-max-files')) || 50;
    var queue = [];
    var running = 0;
    form.classList.add('intake-live');

    function text(element, value) {
      element.textContent = value;
      return element;
    }

    function pending(file) {
      var item = document.createElement('li');
      item.className = 'intake-outcome intake-pending';
      item.setAttribute('data-outcome', 'pending');
      item.appendChild(text(document.createElement('span'), file.name)).className = 'intake-file';
      item.appendChild(text(document.createElement('span'), form.getAttribute('data-uploading'))).className =
        'intake-status';
      var progress = document.createElement('progress');
      progress.max = 100;
      progress.value = 0;
      progress.setAttribute('aria-label', file.name);
      item.appendChild(progress);
      list.appendChild(item);
      return { file: file, item: item, progress: progress };
    }

    function failed(job) {
      job.item.className = 'intake-outcome intake-refused';
      job.item.setAttribute('data-outcome', 'failed');
      job.progress.remove();
      job.item.appendChild(text(document.createElement('span'), form.getAttribute('data-failed'))).className =
        'intake-detail';
    }

    function finished(job, xhr) {
      running -= 1;
      var holder = document.createElement('template');
      holder.innerHTML = xhr.status === 200 ? xhr.responseText.trim() : '';
      var outcome = holder.content.firstElementChild;
      if (outcome && outcome.classList.contains('intake-outcome')) {
        // An upload refused as a whole (too large to read) comes back without the file's name.
        var unnamed = outcome.querySelector('.intake-file[data-unnamed]');
        if (unnamed) text(unnamed, job.file.name);
        job.item.replaceWith(outcome);
      } else failed(job);
      next();
    }

    function send(job) {
      running += 1;
      var data = new FormData();
      data.append('file', job.file, job.file.name);
      var vacancy = form.querySelector('[name=vacancyId]');
      if (vacancy && vacancy.value) data.append('vacancyId', vacancy.value);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('HX-Request', 'true');
      var meta = document.querySelector('meta[name="csrf-token"]');
      if (meta && meta.content) xhr.setRequestHeader('X-CSRF-Token', meta.content);
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) job.progress.value = Math.round((event.loaded / event.total) * 100);
      });
      xhr.addEventListener('load', function () {
        finished(job, xhr);
      });
      xhr.addEventListener('error', function () {
        running -= 1;
        failed(job);
        next();
      });
      xhr.send(data);
    }

    function next() {
      while (running < PARALLEL && queue.length) send(queue.shift());
    }

    function start(files) {
      if (!files || !files.length) return;
      if (files.length > max) {
        limit.textContent = form.getAttribute('data-too-many');
        limit.hidden = false;
        return;
      }
      limit.hidden = true;
      results.hidden = false;
      var counts = results.querySelector('.intake-counts');
      if (counts) counts.remove();
      for (var i = 0; i < files.length; i++) queue.push(pending(files[i]));
      input.value = '';
      next();
    }

    input.addEventListener('change', function () {
      start(input.files);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      start(input.files);
    });
    drop.addEventListener('dragover', function (event) {
      event.preventDefault();
      drop.classList.add('intake-over');
    });
    drop.addEventListener('dragleave', function () {
      drop.classList.remove('intake-over');
    });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      drop.classList.remove('intake-over');
      start(event.dataTransfer && event.dataTransfer.files);
    });
  }

  var form = document.querySelector('form.intake-form');
  if (form) setUp(form);
})();
