/*
 * Factdesk – behaviour shared by every page: confirmations, typed text kept, local times, dismissible
 * messages.
 * See docs/ui.md. Plain script, no dependencies, works under CSP default-src 'self'.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // <form data-confirm="Delete this claim?"> asks before it is submitted. A submit button may carry
  // its own data-confirm, which then wins (e.g. one form with "Save" and "Delete" buttons).
  // ---------------------------------------------------------------------------------------------
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement)) {
      return;
    }
    var lost = typedElsewhere(form);
    if (lost.length && !window.confirm('You typed in ' + lost.join(', ') + ': that text is not part of this form '
        + 'and will be lost when the page changes. Send this form anyway?')) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    var submitter = e.submitter;
    var source = submitter && submitter.hasAttribute('data-confirm') ? submitter
      : form.hasAttribute('data-confirm') ? form : null;
    if (!source) {
      return;
    }
    var message = source.getAttribute('data-confirm') || 'Are you sure?';
    if (!window.confirm(message)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  // ---------------------------------------------------------------------------------------------
  // Inside [data-guard-typed] (the claim page) no typed text is lost without a warning: sending one
  // form while another holds text the user typed and did not send asks first, naming the fields.
  // ---------------------------------------------------------------------------------------------
  var TYPED = 'textarea, input:not([type]), input[type=text], input[type=url], input[type=search], input[type=number]';

  function typedElsewhere(form) {
    var guard = form.closest('[data-guard-typed]');
    if (!guard) {
      return [];
    }
    return Array.prototype.filter.call(guard.querySelectorAll(TYPED), function (el) {
      return el.form !== form && !el.disabled && el.value.trim() !== el.defaultValue.trim();
    }).map(function (el) {
      var label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
      label = label || el.closest('label');
      var text = label ? label.textContent : el.getAttribute('aria-label') || el.name;
      return '\u201c' + text.replace(/\(.*\)/, '').trim() + '\u201d';
    });
  }

  // ---------------------------------------------------------------------------------------------
  // <time class="local-time" datetime="2024-05-03T10:15:30Z"> shows the reader's local date/time.
  // A date-only value (2024-05-03) is shown as a date, without shifting it by the time zone.
  // A value without zone designator is taken as UTC. The title keeps the UTC ISO string.
  // ---------------------------------------------------------------------------------------------
  var dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  var dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

  function localizeTimes(root) {
    Array.prototype.forEach.call(root.querySelectorAll('time.local-time[datetime]'), function (el) {
      var raw = (el.getAttribute('datetime') || '').trim();
      var dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(raw);
      var iso = raw
        .replace(' ', 'T')
        .replace(/(\.\d{3})\d+/, '$1'); // Java may send micro/nanoseconds
      if (dateOnly) {
        iso += 'T00:00:00Z';
      } else if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) {
        iso += 'Z';
      }
      var d = new Date(iso);
      if (isNaN(d.getTime())) {
        return;
      }
      el.textContent = (dateOnly ? dateFormat : dateTimeFormat).format(d);
      if (!el.hasAttribute('title')) {
        el.setAttribute('title', dateOnly ? raw : d.toISOString());
      }
    });
  }

  // Pages that put in content later (live.js) localise its times the same way.
  window.FactdeskTimes = { localize: localizeTimes };

  // ---------------------------------------------------------------------------------------------
  // Dismissible messages. Either the message itself carries data-dismiss (a close button is added)
  // or a button/link inside it does (it closes the enclosing .flash, else its parent element).
  // ---------------------------------------------------------------------------------------------
  function isControl(el) {
    return el.tagName === 'BUTTON' || el.tagName === 'A';
  }

  function addCloseButtons(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-dismiss]'), function (el) {
      if (isControl(el) || el.querySelector('button[data-dismiss], a[data-dismiss], .flash-close')) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'flash-close';
      button.setAttribute('aria-label', 'Dismiss');
      button.textContent = '\u00d7';
      el.appendChild(button);
    });
  }

  document.addEventListener('click', function (e) {
    var control = e.target.closest ? e.target.closest('.flash-close, button[data-dismiss], a[data-dismiss]') : null;
    if (!control) {
      return;
    }
    var target = control.classList.contains('flash-close')
      ? control.closest('[data-dismiss]')
      : control.closest('.flash:not(.seg)') || control.parentElement;
    if (!target) {
      return;
    }
    e.preventDefault();
    target.remove();
  });

  function init() {
    localizeTimes(document);
    addCloseButtons(document);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  // ---------------------------------------------------------------------------------------------
  // <details data-collapse-narrow open> (the reader's article details) is open on a wide screen and
  // closed on a phone, where the text should come first; without JavaScript it stays open. A
  // message inside it (e.g. after "Check for updates") keeps it open.
  // ---------------------------------------------------------------------------------------------
  function collapseNarrow() {
    if (!window.matchMedia || !window.matchMedia('(max-width: 640px)').matches) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('details[data-collapse-narrow]'), function (d) {
      if (!d.querySelector('.flash')) {
        d.open = false;
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', collapseNarrow);
  } else {
    collapseNarrow();
  }

  // ---------------------------------------------------------------------------------------------
  // The phone's "Menu" button (layout.html, #menu-toggle): a <button aria-expanded aria-controls>
  // that the CSS shows only on a phone, where it opens and closes the navigation and the account
  // (#topbar-menu). Hidden until this runs, so without JavaScript the menu is simply open. Escape
  // inside the open menu closes it and puts focus back on the button.
  // ---------------------------------------------------------------------------------------------
  function menuButton() {
    var button = document.getElementById('menu-toggle');
    var menu = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) {
      return;
    }
    button.setAttribute('aria-expanded', 'false');
    button.hidden = false;
    button.parentElement.classList.add('has-menu');
    button.addEventListener('click', function () {
      button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
    });
    menu.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && button.offsetParent !== null) {
        button.setAttribute('aria-expanded', 'false');
        button.focus();
        e.stopPropagation();
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', menuButton);
  } else {
    menuButton();
  }
}());
