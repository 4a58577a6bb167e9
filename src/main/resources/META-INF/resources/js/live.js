/*
 * Factdesk – live pages: the reader, the workboard and the claim page follow the desk's changes as they happen,
 * through the event stream /api/events (docs/api.md, "Live events"; docs/ui.md, "Live pages"). An
 * event carries references only; the page fetches what it shows. Nothing here reloads the page, moves
 * the keyboard focus or touches what the user is typing. Plain script, no dependencies.
 *
 * The page says what it is with one element: data-live="workboard"; data-live="reader" with
 * data-article-id (reader.js shows the changes: window.FactdeskReader.refreshClaims); or data-live="claim"
 * with data-claim-id and data-me (the signed-in user's name: their own changes need no notice).
 */
(function () {
  'use strict';

  /** The event types that change a card of the workboard. */
  var BOARD = ['CLAIM_CREATED', 'CLAIM_EDITED', 'TRANSITION', 'ASSIGNED', 'VERDICT_SET', 'CLAIM_LINKED',
    'CLAIM_REANCHORED', 'CLAIM_ANCHORED', 'ANCHOR_CONFIRMED'];
  /** The event types of a claim that its page shows. */
  var CLAIM = BOARD.concat(['COMMENT_ADDED', 'EVIDENCE_ADDED', 'EVIDENCE_REMOVED']);
  /** The event types that change what the reader shows of an article. */
  var READER = BOARD.concat(['ARTICLE_VERSION_ADDED', 'SUGGESTION_DISMISSED', 'SUGGESTION_RESTORED']);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  function init() {
    var root = document.querySelector('[data-live]');
    if (!root || !window.EventSource) {
      return;
    }
    if (root.getAttribute('data-live') === 'workboard') {
      workboard(root);
    } else if (root.getAttribute('data-live') === 'reader') {
      reader(root);
    } else if (root.getAttribute('data-live') === 'claim') {
      claim(root);
    }
  }

  /**
   * Listens to the stream; the browser reconnects by itself, sending Last-Event-ID, and misses nothing.
   * onOpen runs each time it is connected; data-live-open on the page's element says it is.
   */
  function listen(root, query, types, onEvent, onOpen) {
    var source = new EventSource('/api/events' + query);
    source.addEventListener('open', function () {
      root.setAttribute('data-live-open', 'true');
      if (onOpen) {
        onOpen();
      }
    });
    source.addEventListener('error', function () {
      root.removeAttribute('data-live-open');
    });
    types.forEach(function (type) {
      source.addEventListener(type, function (message) {
        onEvent(JSON.parse(message.data));
      });
    });
    window.addEventListener('pagehide', function () {
      source.close();
    });
  }

  /** Runs fn 300 ms after the first call of a burst: many events in a burst make one fetch. */
  function coalesced(fn) {
    var timer = null;
    return function () {
      if (!timer) {
        timer = setTimeout(function () {
          timer = null;
          fn();
        }, 300);
      }
    };
  }

  // -----------------------------------------------------------------------------------------------
  // The reader: claims marked by others appear, and their highlights and cards follow their state and verdict
  // -----------------------------------------------------------------------------------------------

  function reader(notice) {
    var refresh = coalesced(function () {
      if (!window.FactdeskReader) {
        return;
      }
      window.FactdeskReader.refreshClaims().then(function (sameText) {
        if (sameText === false && !notice.textContent) {
          var text = document.createElement('p');
          text.appendChild(document.createTextNode('A new version of this article arrived — '));
          var link = document.createElement('a');
          link.href = window.location.pathname;
          link.textContent = 'read it';
          text.appendChild(link);
          notice.className = 'flash flash-info live-notice';
          notice.replaceChildren(text);
        }
      }).catch(function () {
        // the next event tries again
      });
    });
    // Once connected, the page is fetched again for what changed between its rendering and then.
    listen(notice, '?article=' + encodeURIComponent(notice.getAttribute('data-article-id')), READER, refresh,
      refresh);
  }

  // -----------------------------------------------------------------------------------------------
  // The workboard: counts change at once; cards move when the focus is not on the board
  // -----------------------------------------------------------------------------------------------

  function workboard(root) {
    var board = document.querySelector('.board');
    if (!board) {
      return;
    }
    var waiting = null;
    var schedule = coalesced(refresh);

    // Once connected, the page is fetched again for what changed between its rendering and then.
    listen(root, '', BOARD, schedule, schedule);

    board.addEventListener('focusout', function () {
      setTimeout(function () {
        if (waiting && !board.contains(document.activeElement)) {
          var doc = waiting;
          waiting = null;
          moveCards(doc);
        }
      }, 0);
    });

    function refresh() {
      fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html) {
            var doc = new DOMParser().parseFromString(html, 'text/html');
            updateCounts(doc);
            if (board.contains(document.activeElement)) {
              waiting = doc; // the user is on the board: the cards move when they leave it
            } else {
              moveCards(doc);
            }
          }
        })
        .catch(function () {
          // the next event tries again
        });
    }

    function updateCounts(doc) {
      copyText(doc, '.state-counts .state-count', function (el) {
        return el.getAttribute('data-state') || 'all';
      }, '.n');
      copyText(doc, '.board-column', function (el) {
        return el.getAttribute('data-state');
      }, '.board-column-head .count');
    }

    /** Text only, element by element: links and their focus stay as they are. */
    function copyText(doc, selector, keyOf, part) {
      var fresh = {};
      Array.prototype.forEach.call(doc.querySelectorAll(selector), function (el) {
        var n = el.querySelector(part);
        if (n) {
          fresh[keyOf(el)] = n.textContent;
        }
      });
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (el) {
        var n = el.querySelector(part);
        var text = fresh[keyOf(el)];
        if (n && text !== undefined && n.textContent !== text) {
          n.textContent = text;
          n.setAttribute('data-count', text);
        }
      });
    }

    /** Each column's cards as the fresh page has them; ticked boxes stay ticked. */
    function moveCards(doc) {
      var ticked = {};
      Array.prototype.forEach.call(board.querySelectorAll('.board-card input[name="ids"]'), function (box) {
        ticked[box.value] = box.checked;
      });
      Array.prototype.forEach.call(board.querySelectorAll('.board-column[data-state]'), function (column) {
        var fresh = doc.querySelector('.board-column[data-state="' + column.getAttribute('data-state') + '"]');
        if (!fresh) {
          return;
        }
        ['.board-cards', '.none', '.more'].forEach(function (part) {
          var now = column.querySelector(part);
          var then = fresh.querySelector(part);
          if (then) {
            then = document.importNode(then, true);
            Array.prototype.forEach.call(then.querySelectorAll('input[name="ids"]'), function (box) {
              if (ticked[box.value] !== undefined) {
                box.checked = ticked[box.value];
              }
            });
          }
          if (now && then) {
            now.replaceWith(then);
          } else if (now) {
            now.remove();
          } else if (then) {
            column.appendChild(then);
          }
        });
      });
      board.dispatchEvent(new CustomEvent('factdesk:cards-changed'));
    }
  }

  // -----------------------------------------------------------------------------------------------
  // The claim page: a notice when someone else changes the claim, before the user saves anything stale
  // -----------------------------------------------------------------------------------------------

  function claim(notice) {
    var id = notice.getAttribute('data-claim-id');
    var me = notice.getAttribute('data-me');
    listen(notice, '?claim=' + encodeURIComponent(id), CLAIM, function (event) {
      if (event.type === 'COMMENT_ADDED') {
        addComments(id); // a comment makes nothing stale: it appears, without a notice
        return;
      }
      if (event.actor === me) {
        return;
      }
      var text = document.createElement('p');
      text.appendChild(document.createTextNode('Edited by ' + (event.actor || 'the system') + ' just now — '));
      var link = document.createElement('a');
      link.href = '/claims/' + id + '/history';
      link.textContent = 'show changes';
      text.appendChild(link);
      notice.className = 'flash flash-info live-notice';
      notice.replaceChildren(text);
    });
  }

  /** The comments the page does not show yet, from the page as it is now, after the ones it shows. */
  function addComments(id) {
    var list = document.querySelector('#comments ol.comments');
    if (!list) {
      return;
    }
    fetch('/claims/' + encodeURIComponent(id), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var doc = new DOMParser().parseFromString(html, 'text/html');
        Array.prototype.forEach.call(doc.querySelectorAll('#comments ol.comments > li.comment[id]'), function (li) {
          if (!document.getElementById(li.id)) {
            var comment = document.importNode(li, true);
            list.appendChild(comment);
            if (window.FactdeskTimes) {
              window.FactdeskTimes.localize(comment);
            }
          }
        });
        var none = document.querySelector('#comments > .empty');
        if (none && list.children.length) {
          none.remove();
        }
      })
      .catch(function () {
        // the next comment brings this one too
      });
  }
})();
