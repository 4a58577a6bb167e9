/*
 * Factdesk – the workboard: moving through the cards with the keyboard, selecting them for a bulk
 * move, and keeping the bulk toolbar honest (how many are selected, the reason only for a
 * dismissal). The DOM contract and the keys are in docs/ui.md. Plain script, no dependencies.
 */
(function () {
  'use strict';

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  function init() {
    var board = document.querySelector('.board');
    if (!board) {
      return;
    }
    var cards = Array.prototype.slice.call(board.querySelectorAll('.board-card'));
    var toolbar = document.getElementById('bulk-toolbar');
    var count = document.getElementById('selected-count');
    var search = document.getElementById('f-q');
    var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
    var current = null;

    function boxOf(card) {
      return card ? card.querySelector('input[name="ids"]') : null;
    }

    // ---------------------------------------------------------------------------------------------
    // The current card: j/k move it, o/Enter open it, x selects it
    // ---------------------------------------------------------------------------------------------

    function setCurrent(card, focus) {
      if (current && current !== card) {
        current.classList.remove('is-active');
        current.removeAttribute('aria-current');
      }
      current = card;
      card.classList.add('is-active');
      card.setAttribute('aria-current', 'true');
      if (focus) {
        card.focus({ preventScroll: true });
        card.scrollIntoView({
          block: 'nearest',
          inline: 'nearest',
          behavior: reducedMotion && reducedMotion.matches ? 'auto' : 'smooth'
        });
      }
    }

    function clearCurrent() {
      if (current) {
        current.classList.remove('is-active');
        current.removeAttribute('aria-current');
        current = null;
      }
    }

    function focusedCard() {
      var el = document.activeElement;
      var card = el && el.closest ? el.closest('.board-card') : null;
      return card && cards.indexOf(card) >= 0 ? card : null;
    }

    /** Cards in reading order: column by column, top to bottom. */
    function step(delta) {
      if (!cards.length) {
        return;
      }
      var from = focusedCard() || current;
      var i = from ? cards.indexOf(from) : -1;
      i = i < 0 ? (delta > 0 ? 0 : cards.length - 1) : Math.max(0, Math.min(cards.length - 1, i + delta));
      setCurrent(cards[i], true);
    }

    function open(card) {
      var link = card ? card.querySelector('a.open') : null;
      if (link) {
        link.click();
      }
    }

    function toggle(card) {
      var box = boxOf(card);
      if (box) {
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    board.addEventListener('click', function (e) {
      var card = e.target.closest ? e.target.closest('.board-card') : null;
      if (card && !e.target.closest('a, button, input, label, select, textarea')) {
        setCurrent(card, false);
      }
    });

    board.addEventListener('focusin', function (e) {
      if (e.target.classList && e.target.classList.contains('board-card')) {
        setCurrent(e.target, false);
      }
    });

    board.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey &&
          e.target.classList && e.target.classList.contains('board-card')) {
        e.preventDefault();
        open(e.target);
      }
    });

    // ---------------------------------------------------------------------------------------------
    // Bulk selection (editors): the count, a "select all" per column, the reason only to dismiss
    // ---------------------------------------------------------------------------------------------

    var columnToggles = [];

    function boxesIn(el) {
      return Array.prototype.slice.call(el.querySelectorAll('.board-card input[name="ids"]'));
    }

    function refreshSelection() {
      var selected = 0;
      cards.forEach(function (card) {
        var box = boxOf(card);
        var on = !!(box && box.checked);
        card.classList.toggle('is-selected', on);
        if (on) {
          selected++;
        }
      });
      if (count) {
        count.textContent = String(selected);
      }
      columnToggles.forEach(function (t) {
        var boxes = boxesIn(t.column);
        var on = boxes.filter(function (b) {
          return b.checked;
        }).length;
        t.input.checked = on > 0 && on === boxes.length;
        t.input.indeterminate = on > 0 && on < boxes.length;
      });
    }

    if (toolbar) {
      Array.prototype.forEach.call(board.querySelectorAll('.board-column'), function (column) {
        var boxes = boxesIn(column);
        var head = column.querySelector('.board-column-head');
        if (boxes.length < 2 || !head) {
          return;
        }
        var label = document.createElement('label');
        label.className = 'select-all small';
        var input = document.createElement('input');
        input.type = 'checkbox'; // no name: never sent, it only ticks the cards
        input.setAttribute('aria-label', 'Select the ' + boxes.length + ' claims shown in ' +
          (head.querySelector('.badge') || head).textContent.trim());
        label.appendChild(input);
        label.appendChild(document.createTextNode(' all'));
        head.appendChild(label);
        input.addEventListener('change', function () {
          boxesIn(column).forEach(function (b) {
            b.checked = input.checked;
          });
          refreshSelection();
        });
        columnToggles.push({ column: column, input: input });
      });

      document.addEventListener('change', function (e) {
        if (e.target.name === 'ids') {
          refreshSelection();
        }
      });

      var to = toolbar.querySelector('select[name="to"]');
      var reason = toolbar.querySelector('.bulk-reason');
      var showReason = function () {
        if (reason && to) {
          var keep = to.value === 'DISMISSED' || reason.classList.contains('has-error');
          reason.classList.toggle('is-hidden', !keep);
        }
      };
      if (to) {
        to.addEventListener('change', showReason);
      }
      showReason();
      refreshSelection();
    }

    // live.js put in the cards of a fresh page (docs/ui.md, "Live pages").
    board.addEventListener('factdesk:cards-changed', function () {
      cards = Array.prototype.slice.call(board.querySelectorAll('.board-card'));
      current = null;
      if (toolbar) {
        refreshSelection();
      }
    });

    // Escape clears the current card (the overlay, when open, takes Escape first).
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && current && !(window.FactdeskKeys && window.FactdeskKeys.ignored(e))) {
        clearCurrent();
      }
    });

    // ---------------------------------------------------------------------------------------------
    // Keys, listed by the "?" overlay (keys.js)
    // ---------------------------------------------------------------------------------------------

    var keys = window.FactdeskKeys;
    if (!keys) {
      return;
    }
    var hasCards = function () {
      return cards.length > 0;
    };
    keys.register('j', 'Next claim', function () {
      step(1);
    }, hasCards);
    keys.register('k', 'Previous claim', function () {
      step(-1);
    }, hasCards);
    keys.register('o', 'Open the claim', function () {
      open(focusedCard() || current);
    }, hasCards);
    // Enter is handled on the card itself (above): elsewhere it keeps its own meaning.
    keys.register('Enter', 'On a focused card: open the claim', null, hasCards);
    keys.register('x', 'Select or unselect the claim for a bulk move', function () {
      toggle(focusedCard() || current);
    }, function () {
      return !!toolbar && hasCards();
    });
    if (search) {
      keys.register('/', 'Search the claims', function () {
        search.focus();
        search.select();
      });
    }
  }
}());
