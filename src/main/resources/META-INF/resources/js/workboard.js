// Workboard: keeps the "n selected" count of the bulk toolbar true.
(function () {
  'use strict';
  const form = document.getElementById('board-form');
  const count = document.getElementById('selected-count');
  if (!form || !count) {
    return;
  }
  const update = () => {
    count.textContent = String(form.querySelectorAll('input[name=ids]:checked').length);
  };
  form.addEventListener('change', update);
  update();
})();
