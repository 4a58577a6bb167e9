/*
 * Factdesk – presence: who else has this article or claim open, and who is editing a claim's form
 * (docs/ui.md, "Presence"). The page names itself with one element:
 *   <p data-presence data-article-id="…" [data-claim-id="…"]></p>
 * which this fills with the others' initials. On the reader, the claim list's items
 * (li[data-claim-id]) get the initials of those who have that claim's page open.
 * The page beats every 10 s (PUT /api/presence/{tab}); a tab not heard of for 30 s is gone.
 * JSON requests need no CSRF token (docs/security.md); X-Requested-With keeps a 401 from opening the
 * browser's sign-in dialog. Plain script, no dependencies.
 */
(function () {
  'use strict';

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  function init() {
    var root = document.querySelector('[data-presence]');
    if (!root || !window.fetch) {
      return;
    }
    var article = Number(root.getAttribute('data-article-id'));
    var claim = root.hasAttribute('data-claim-id') ? Number(root.getAttribute('data-claim-id')) : null;
    var tab = newTab();
    var editing = false;
    var timer = null;
    var gone = false;

    function beat() {
      clearTimeout(timer);
      if (gone) {
        return;
      }
      fetch('/api/presence/' + tab, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'fetch' },
        body: JSON.stringify({ article: article, claim: claim, editing: editing })
      }).then(function (response) {
        if (response.status === 401) {
          gone = true; // signed out (in another tab, or the session ran out): nothing more to say
          root.textContent = '';
        }
        if (!response.ok) {
          throw new Error('presence: ' + response.status);
        }
        return response.json();
      }).then(function (answer) {
        show(root, claim, answer.here || []);
        timer = setTimeout(beat, (answer.beatSeconds || 10) * 1000);
      }).catch(function () {
        timer = setTimeout(beat, 10000); // the server is away: try again, show what was last known
      });
    }

    if (claim !== null) {
      // Editing: the keyboard is in one of the claim's forms (not the header's search).
      var main = document.querySelector('main') || document.body;
      var settle = null;
      var update = function () {
        clearTimeout(settle);
        settle = setTimeout(function () {
          var el = document.activeElement;
          var now = !!(el && el.form && main.contains(el) && /^(TEXTAREA|INPUT|SELECT)$/.test(el.tagName)
            && el.type !== 'hidden' && el.type !== 'submit');
          if (now !== editing) {
            editing = now;
            beat();
          }
        }, 300);
      };
      main.addEventListener('focusin', update);
      main.addEventListener('focusout', update);
    }

    window.addEventListener('pagehide', function () {
      gone = true;
      clearTimeout(timer);
      fetch('/api/presence/' + tab, { method: 'DELETE', credentials: 'same-origin', keepalive: true,
        headers: { 'X-Requested-With': 'fetch' } })
        .catch(function () { /* the row runs out by itself */ });
    });
    beat();
  }

  function newTab() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var s = '';
    for (var i = 0; i < 24; i++) {
      s += Math.floor(Math.random() * 36).toString(36);
    }
    return s;
  }

  /** Fills the page's element, and on the reader the claim list's items, with the others' initials. */
  function show(root, claim, here) {
    var others = here.filter(function (h) {
      return claim === null || h.claims.indexOf(claim) >= 0;
    });
    root.textContent = '';
    if (others.length) {
      root.appendChild(document.createTextNode(claim === null ? 'Also reading: ' : 'Also on this claim: '));
      others.forEach(function (h, i) {
        var editingIt = claim !== null && h.editing.indexOf(claim) >= 0;
        root.appendChild(chip(h, editingIt));
        var words = h.name + (editingIt ? ' (editing)' : '');
        var hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = words + (i < others.length - 1 ? ', ' : '');
        root.appendChild(hidden);
      });
    }
    if (claim !== null) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('li[data-claim-id] .presence-chips'), function (el) {
      el.parentNode.removeChild(el);
    });
    here.forEach(function (h) {
      h.claims.forEach(function (id) {
        var item = document.querySelector('li[data-claim-id="' + id + '"]');
        if (!item) {
          return;
        }
        var box = item.querySelector('.presence-chips');
        if (!box) {
          box = document.createElement('span');
          box.className = 'presence-chips';
          item.insertBefore(box, item.firstChild);
        }
        var editingIt = h.editing.indexOf(id) >= 0;
        box.appendChild(chip(h, editingIt));
        var hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = h.name + (editingIt ? ' is editing this claim. ' : ' has this claim open. ');
        box.appendChild(hidden);
      });
    });
  }

  function chip(h, editing) {
    var el = document.createElement('span');
    el.className = 'presence-chip' + (editing ? ' editing' : '');
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('data-user', h.username);
    el.title = h.name + (editing ? ', editing' : '');
    el.textContent = h.initials + (editing ? ' ✎' : '');
    return el;
  }
})();
