/*
 * Factdesk – keyboard shortcuts, on every page (loaded by the layout, before the page scripts).
 *
 * - "?" opens an overlay listing the keys that work on this page; "?" or Escape closes it.
 * - window.FactdeskKeys lets a page script add its keys, so that the overlay lists them.
 * - The claim page's moves get a key each: the enabled button [data-key=STATE] of #moves is pressed
 *   (or, when the move needs a note and the note is empty, or needs a reason, that field focused).
 *
 * Keys are ignored while typing (input, textarea, select, contenteditable) and with Ctrl, Alt or
 * Meta. See docs/ui.md. Plain script, no dependencies, works under CSP default-src 'self'.
 */
(function () {
  'use strict';

  /** The claim page: one key per target state (the table has one move from a state to each state). */
  var TRANSITION_KEYS = {
    RESEARCHING: 'r', // start research, send back, reopen, reopen for correction
    IN_REVIEW: 'i',
    APPROVED: 'a',
    PUBLISHED: 'p',
    DISMISSED: 'd',
    NEW: 'n' // restore a dismissed claim
  };

  var shortcuts = []; // { keys: ['o', 'Enter'], label, run (optional), when (optional) }

  /** Keys typed here are text (or a choice), not shortcuts; a focused checkbox or button is not. */
  function isTypingTarget(t) {
    if (!t || !t.closest) {
      return false;
    }
    if (t.closest('textarea, select, [contenteditable]:not([contenteditable="false"])')) {
      return true;
    }
    var input = t.closest('input');
    return !!input && !/^(checkbox|radio|button|submit|reset|image)$/i.test(input.type);
  }

  /** True for a key event that must not trigger a shortcut. */
  function ignored(e) {
    return e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTypingTarget(e.target);
  }

  /**
   * Adds a shortcut to this page. keys: a key (as KeyboardEvent.key gives it) or an array of keys
   * shown together; run(event): what the key does, or null when the page script handles the key
   * itself and only wants it listed; when(): whether the key works now (default: always).
   */
  function register(keys, label, run, when) {
    shortcuts.push({
      keys: Array.isArray(keys) ? keys : [keys],
      label: label,
      run: typeof run === 'function' ? run : null,
      when: typeof when === 'function' ? when : null
    });
  }

  function available() {
    return shortcuts.filter(function (s) {
      return !s.when || s.when();
    });
  }

  // -----------------------------------------------------------------------------------------------
  // The overlay
  // -----------------------------------------------------------------------------------------------

  var overlay = null;
  var closeButton = null;
  var returnFocus = null;

  var KEY_NAMES = { Enter: 'Enter', Escape: 'Esc', ' ': 'Space' };

  /** A key as key caps: "Ctrl+Enter" gives two, joined by "+". */
  function keyCaps(key) {
    var span = document.createElement('span');
    (key.length > 1 ? key.split('+') : [key]).forEach(function (part, i) {
      if (i > 0) {
        span.appendChild(document.createTextNode('+'));
      }
      var kbd = document.createElement('kbd');
      kbd.textContent = KEY_NAMES[part] || part;
      span.appendChild(kbd);
    });
    return span;
  }

  function open() {
    if (overlay) {
      return;
    }
    var list = available();
    if (!list.length) {
      return; // a page without shortcuts has no overlay either
    }
    returnFocus = document.activeElement;
    overlay = document.createElement('div');
    overlay.className = 'keys-overlay';
    var panel = document.createElement('div');
    panel.className = 'panel keys-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'true');
    panel.setAttribute('aria-labelledby', 'keys-title');
    var title = document.createElement('h2');
    title.id = 'keys-title';
    title.textContent = 'Keyboard shortcuts';
    var dl = document.createElement('dl');
    dl.className = 'keys-list';
    list.concat([{ keys: ['?'], label: 'Show or hide this list' }, { keys: ['Escape'], label: 'Close this list' }])
      .forEach(function (s) {
        var dt = document.createElement('dt');
        s.keys.forEach(function (k, i) {
          if (i > 0) {
            dt.appendChild(document.createTextNode(' / '));
          }
          dt.appendChild(keyCaps(k));
        });
        var dd = document.createElement('dd');
        dd.textContent = s.label;
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
    var note = document.createElement('p');
    note.className = 'small muted';
    note.textContent = 'Keys do nothing while you type in a field.';
    closeButton = document.createElement('button');
    closeButton.type = 'button';
    closeButton.className = 'btn';
    closeButton.textContent = 'Close';
    closeButton.addEventListener('click', close);
    panel.appendChild(title);
    panel.appendChild(dl);
    panel.appendChild(note);
    panel.appendChild(closeButton);
    overlay.appendChild(panel);
    overlay.addEventListener('click', function (e) {
      if (e.target === overlay) {
        close();
      }
    });
    document.body.appendChild(overlay);
    closeButton.focus();
  }

  function close() {
    if (!overlay) {
      return;
    }
    overlay.remove();
    overlay = null;
    closeButton = null;
    if (returnFocus && returnFocus.focus && document.contains(returnFocus)) {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  }

  // Capture phase: the overlay sees keys first, so that nothing acts behind it.
  document.addEventListener('keydown', function (e) {
    if (overlay) {
      if (e.key === 'Escape' || e.key === '?') {
        e.preventDefault();
        close();
      } else if (e.key === 'Tab') {
        e.preventDefault(); // the close button is the only control: focus stays on it
        closeButton.focus();
      }
      e.stopPropagation();
      return;
    }
    if (ignored(e)) {
      return;
    }
    if (e.key === '?') {
      if (available().length) {
        e.preventDefault();
        e.stopPropagation();
        open();
      }
      return;
    }
    for (var i = 0; i < shortcuts.length; i++) {
      var s = shortcuts[i];
      if (s.run && s.keys.indexOf(e.key) >= 0 && (!s.when || s.when())) {
        e.preventDefault();
        e.stopPropagation();
        s.run(e);
        return;
      }
    }
  }, true);

  // A button or link with data-keys-help opens the overlay; it stays hidden where there are no keys.
  document.addEventListener('click', function (e) {
    var trigger = e.target.closest ? e.target.closest('[data-keys-help]') : null;
    if (trigger) {
      e.preventDefault();
      open();
    }
  });

  function revealHelpTriggers() {
    if (!available().length) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-keys-help][hidden]'), function (el) {
      el.removeAttribute('hidden');
    });
  }

  // -----------------------------------------------------------------------------------------------
  // The claim page: a key per transition the user may make now
  // -----------------------------------------------------------------------------------------------

  /**
   * What the move still needs before it can go: the note when the move cannot go without one and it
   * is empty, or the dismissal reason (a real choice); null when nothing.
   */
  function fieldToFill(move, button) {
    var note = document.getElementById('f-note');
    if (button.hasAttribute('data-needs-note') && note && !String(note.value || '').trim()) {
      return note;
    }
    return move.querySelector('select[name="reason"]');
  }

  function takeTransition(move, button) {
    var field = fieldToFill(move, button);
    if (!field) {
      button.click(); // a real click: confirmations and the server's rules apply as for the mouse
      return;
    }
    var highlight = field.closest('.field') || move;
    highlight.classList.remove('is-keyed');
    void highlight.offsetWidth; // restart the highlight when the same key is pressed again
    highlight.classList.add('is-keyed');
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center', behavior: 'auto' });
  }

  /** The enabled move buttons of the claim page (one per move this user may make now). */
  function moveButtons() {
    return Array.prototype.slice.call(document.querySelectorAll('#moves .transition button[data-key]:not([disabled])'));
  }

  function setUpTransitions() {
    moveButtons().forEach(function (button) {
      var move = button.closest('.transition');
      var state = button.getAttribute('data-key');
      var key = TRANSITION_KEYS[state];
      if (!key) {
        return;
      }
      button.setAttribute('aria-keyshortcuts', key);
      var label = (button.textContent || '').trim() || state;
      register(key, label + (fieldToFill(move, button) ? ' (asks for ' + fieldName(fieldToFill(move, button)) + ' first)' : ''),
        function () {
          takeTransition(move, button);
        });
    });
    if (moveButtons().length === 1 && document.getElementById('f-note')) {
      register('Ctrl+Enter', 'In the note: make the move (' + moveButtons()[0].textContent.trim() + ')', null);
    }
  }

  function fieldName(el) {
    return el.name === 'reason' ? 'the reason' : el.name === 'comment' ? 'the note' : 'a field';
  }

  // Ctrl+Enter (Cmd+Enter) in the note makes the move when only one is offered; with several the
  // note cannot say which one is meant.
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !e.target || e.target.id !== 'f-note') {
      return;
    }
    var buttons = moveButtons();
    if (buttons.length === 1 && e.target.form) {
      e.preventDefault();
      if (e.target.form.requestSubmit) {
        e.target.form.requestSubmit(buttons[0]);
      } else {
        buttons[0].click();
      }
    }
  });

  window.FactdeskKeys = {
    register: register,
    ignored: ignored,
    isTypingTarget: isTypingTarget,
    open: open,
    close: close,
    isOpen: function () {
      return !!overlay;
    }
  };

  function init() {
    setUpTransitions();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
  // Help buttons appear once every deferred page script has added its keys.
  if (document.readyState === 'complete') {
    setTimeout(revealHelpTriggers, 0);
  } else {
    document.addEventListener('DOMContentLoaded', revealHelpTriggers);
    window.addEventListener('load', revealHelpTriggers);
  }
}());
