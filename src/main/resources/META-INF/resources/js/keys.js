// Keyboard shortcuts and the "?" overlay that lists them. Each page gets the keys that work there:
// the workboard (j/k/o/x), the claim page (transitions), the reader (its own j/k/Enter in reader.js).
(function () {
  'use strict';

  const TRANSITION_KEYS = [
    ['r', 'RESEARCHING', 'Start research, send back or reopen'],
    ['i', 'IN_REVIEW', 'Submit for review'],
    ['a', 'APPROVED', 'Approve'],
    ['p', 'PUBLISHED', 'Publish'],
    ['d', 'DISMISSED', 'Dismiss'],
    ['n', 'NEW', 'Restore a dismissed claim']
  ];

  const typing = (e) => {
    const t = e.target;
    return t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
  };

  const shortcuts = [];
  const add = (key, label, run) => shortcuts.push({ key, label, run });

  // Workboard cards.
  const cards = () => Array.from(document.querySelectorAll('.board-card'));
  if (cards().length) {
    const move = (step) => {
      const all = cards();
      const at = all.indexOf(document.activeElement.closest ? document.activeElement.closest('.board-card') : null);
      const next = all[Math.min(all.length - 1, Math.max(0, at + step))] || all[0];
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    };
    const current = () => (document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('.board-card') : null);
    add('j', 'Next claim', () => move(1));
    add('k', 'Previous claim', () => move(-1));
    add('o', 'Open the claim', () => { const c = current(); if (c) { c.querySelector('a.open').click(); } });
    if (document.querySelector('.board-card input[name=ids]')) {
      add('x', 'Select or unselect the claim', () => {
        const c = current();
        const box = c && c.querySelector('input[name=ids]');
        if (box) {
          box.checked = !box.checked;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
    }
    document.addEventListener('keydown', (e) => {
      const c = current();
      if (e.key === 'Enter' && c && e.target === c) {
        c.querySelector('a.open').click();
      }
    });
  }

  // Claim page: a key per transition, only for the enabled ones.
  TRANSITION_KEYS.forEach(([key, state, label]) => {
    const form = document.querySelector('form.transition[data-to="' + state + '"]');
    const button = form && form.querySelector('button[type=submit]:not([disabled])');
    if (!button) {
      return;
    }
    add(key, button.textContent.trim() || label, () => {
      // A transition that needs a comment or a reason starts there instead of submitting empty.
      const needed = form.querySelector('textarea[required], select[name=reason]');
      if (needed) {
        needed.focus();
      } else {
        button.click();
      }
    });
  });

  // The reader handles its own keys; list them in the overlay.
  if (document.getElementById('article-body')) {
    shortcuts.push({ key: 'j / k', label: 'Next / previous claim' }, { key: 'Enter', label: 'Open the active claim' },
      { key: 'Escape', label: 'Clear the active claim' });
  }

  let overlay = null;
  const toggleOverlay = () => {
    if (overlay) {
      overlay.remove();
      overlay = null;
      return;
    }
    overlay = document.createElement('div');
    overlay.className = 'keys-overlay';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-label', 'Keyboard shortcuts');
    const panel = document.createElement('div');
    panel.className = 'panel';
    const title = document.createElement('h2');
    title.textContent = 'Keyboard shortcuts';
    panel.appendChild(title);
    const list = document.createElement('dl');
    list.className = 'kv';
    shortcuts.concat([{ key: '?', label: 'Show or hide this list' }]).forEach((s) => {
      const dt = document.createElement('dt');
      const kbd = document.createElement('kbd');
      kbd.textContent = s.key;
      dt.appendChild(kbd);
      const dd = document.createElement('dd');
      dd.textContent = s.label;
      list.append(dt, dd);
    });
    panel.appendChild(list);
    overlay.appendChild(panel);
    overlay.addEventListener('click', (e) => { if (e.target === overlay) { toggleOverlay(); } });
    document.body.appendChild(overlay);
  };

  document.addEventListener('keydown', (e) => {
    if (typing(e) || e.altKey || e.ctrlKey || e.metaKey) {
      return;
    }
    if (e.key === '?') {
      e.preventDefault();
      toggleOverlay();
      return;
    }
    if (e.key === 'Escape' && overlay) {
      toggleOverlay();
      return;
    }
    const hit = shortcuts.find((s) => s.key === e.key && s.run);
    if (hit) {
      e.preventDefault();
      hit.run();
    }
  });
})();
