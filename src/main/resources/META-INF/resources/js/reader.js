/*
 * Factdesk – article reader page.
 *
 * Selection -> claim form, highlight <-> claim list linking, filters, keyboard navigation, and the
 * suggested sentences (current one, "Use as claim" fills the form).
 * The DOM contract and the behaviour are described in docs/ui.md. Plain script, no dependencies.
 * Offsets are Unicode code points in the normalized article body (see docs/text-and-anchors.md),
 * never UTF-16 string indices.
 */
(function () {
  'use strict';

  // Works whether the script is loaded with defer, at the end of <body>, or in <head>.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }

  function init() {
    var article = document.getElementById('article-body');
    if (!article) {
      return;
    }

    // ---------------------------------------------------------------------------------------------
    // Small helpers
    // ---------------------------------------------------------------------------------------------

    // What the server sent for each paragraph and claim card, before this script changes any class:
    // a fresh page is compared with it to find what a colleague changed (refreshClaims, at the end).
    var served = servedParts(document);

    var reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

    function scrollBehavior() {
      return reducedMotion && reducedMotion.matches ? 'auto' : 'smooth';
    }

    function isHigh(c) {
      return c >= 0xd800 && c <= 0xdbff;
    }

    function isLow(c) {
      return c >= 0xdc00 && c <= 0xdfff;
    }

    /** Number of code points in a JS string; a lone surrogate counts as one, like [...s].length. */
    function cpLength(s) {
      var n = 0;
      for (var i = 0; i < s.length; i++, n++) {
        if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
          i++;
        }
      }
      return n;
    }

    /** True if UTF-16 index i falls between the two halves of a surrogate pair. */
    function splitsPair(s, i) {
      return i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
    }

    /** UTF-16 index of the code point number cps in s (clamped to s.length). */
    function utf16Index(s, cps) {
      var i = 0;
      while (cps > 0 && i < s.length) {
        i += isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
        cps--;
      }
      return i;
    }

    function isSpace(ch) {
      return ch !== undefined && /\s/.test(ch);
    }

    function clamp(v, lo, hi) {
      return Math.max(lo, Math.min(hi, v));
    }

    /** Keys typed here are text, not shortcuts. */
    function isTypingTarget(t) {
      return !!(t && t.closest && t.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'));
    }

    function claimIdsOf(el) {
      return (el.getAttribute('data-claims') || '').split(/\s+/).filter(Boolean);
    }

    // ---------------------------------------------------------------------------------------------
    // Segment model: every character of the body is in exactly one span.seg (data-start = code
    // point offset). Characters not in any seg are the "\n\n" paragraph separators.
    // ---------------------------------------------------------------------------------------------

    var segs = []; // { el, start, end, text } in document order (= offset order)
    var segIndex = new Map(); // element -> index in segs

    /** Builds the seg model from the page; again when live changes replaced paragraphs (refreshClaims). */
    function indexSegs() {
      segs = [];
      segIndex = new Map();
      Array.prototype.forEach.call(article.querySelectorAll('span.seg'), function (el) {
        var start = parseInt(el.getAttribute('data-start'), 10);
        if (!isFinite(start)) {
          return;
        }
        var text = el.textContent;
        segIndex.set(el, segs.length);
        segs.push({ el: el, start: start, end: start + cpLength(text), text: text });
      });
    }

    indexSegs();

    var declaredLength = parseInt(article.getAttribute('data-length'), 10);
    var bodyLength = isFinite(declaredLength) && declaredLength >= 0
      ? declaredLength
      : (segs.length ? segs[segs.length - 1].end : 0);

    // The body as an array of code points, rebuilt from the segs; gaps are paragraph separators.
    var chars = new Array(bodyLength).fill('\n');
    segs.forEach(function (s) {
      var i = s.start;
      for (var ch of s.text) {
        if (i >= 0 && i < bodyLength) {
          chars[i] = ch;
        }
        i++;
      }
    });

    function segContaining(node) {
      var el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      var seg = el && el.closest('span.seg');
      return seg && segIndex.has(seg) ? segs[segIndex.get(seg)] : null;
    }

    /** Index of the first seg whose start lies at or after the boundary point (segs.length if none). */
    function firstSegAtOrAfter(node, offset) {
      var r = document.createRange();
      r.setStart(node, offset);
      r.collapse(true);
      var lo = 0;
      var hi = segs.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (r.comparePoint(segs[mid].el, 0) < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * Code point offset of a DOM boundary point. Inside a seg it is exact (a boundary between the
     * halves of a surrogate pair is widened to take the whole character). Anywhere else (an element
     * boundary such as (p, childIndex) after a triple-click, or a point outside the article) a start
     * boundary maps to the start of the next seg and an end boundary to the end of the previous seg.
     */
    function boundaryOffset(node, offset, isEnd) {
      var seg = segContaining(node);
      if (seg) {
        if (node.nodeType === Node.TEXT_NODE && splitsPair(node.data, offset)) {
          offset += isEnd ? 1 : -1;
        }
        var r = document.createRange();
        r.setStart(seg.el, 0);
        r.setEnd(node, offset);
        return seg.start + cpLength(r.toString());
      }
      var i = firstSegAtOrAfter(node, offset);
      if (isEnd) {
        return i > 0 ? segs[i - 1].end : 0;
      }
      return i < segs.length ? segs[i].start : bodyLength;
    }

    /** DOM point for a code point offset; for an end offset the point closes the previous char. */
    function pointAt(cp, isEnd) {
      var lo = 0;
      var hi = segs.length - 1;
      var found = -1;
      while (lo <= hi) { // last seg with start <= cp (start) / start < cp (end)
        var mid = (lo + hi) >> 1;
        if (isEnd ? segs[mid].start < cp : segs[mid].start <= cp) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found < 0) {
        return null;
      }
      var s = segs[found];
      var node = s.el.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) {
        return null;
      }
      return { node: node, offset: utf16Index(node.data, clamp(cp - s.start, 0, s.end - s.start)) };
    }

    /** The current selection as trimmed code point offsets in the body, or null. */
    function readSelection() {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !segs.length) {
        return null;
      }
      var first = sel.getRangeAt(0);
      var last = sel.getRangeAt(sel.rangeCount - 1);
      var start;
      var end;
      try {
        var r = document.createRange();
        r.setStart(first.startContainer, first.startOffset);
        r.setEnd(last.endContainer, last.endOffset);
        if (r.collapsed || !r.intersectsNode(article)) {
          return null;
        }
        start = boundaryOffset(r.startContainer, r.startOffset, false);
        end = boundaryOffset(r.endContainer, r.endOffset, true);
      } catch (e) {
        return null; // a boundary in another document or shadow tree
      }
      start = clamp(start, 0, bodyLength);
      end = clamp(end, 0, bodyLength);
      while (start < end && isSpace(chars[start])) {
        start++;
      }
      while (end > start && isSpace(chars[end - 1])) {
        end--;
      }
      if (end <= start) {
        return null;
      }
      return { start: start, end: end, text: chars.slice(start, end).join('') };
    }

    // ---------------------------------------------------------------------------------------------
    // Page parts
    // ---------------------------------------------------------------------------------------------

    var aside = document.querySelector('.reader-side');
    var readerText = article.closest('.reader-text') || article;
    var panel = document.getElementById('new-claim');
    // Place mode (?place=<claim>): the selection fills the form that places that claim, not a new claim.
    var placeForm = document.getElementById('place-form');
    var placeButton = document.getElementById('place-submit');
    var form = document.getElementById('claim-form') || placeForm;
    var placing = !!placeForm && form === placeForm;
    var startInput = form ? form.querySelector('input[name="start"]') : null;
    var endInput = form ? form.querySelector('input[name="end"]') : null;
    // The contract says #quote / #statement; the field tag renders id="f-quote" / "f-statement",
    // so the form's named controls are the fallback.
    var quote = document.getElementById('quote') || (form ? form.querySelector('[name="quote"]') : null);
    var statement = document.getElementById('statement') || (form ? form.querySelector('[name="statement"]') : null);
    var hint = document.getElementById('selection-hint');
    var list = document.getElementById('claim-list');
    var filterTopic = document.getElementById('filter-topic');
    var filterState = document.getElementById('filter-state');

    var items = [];
    var itemsById = new Map();
    var hlSegs = [];
    var segClaims = new Map(); // hl element -> [claim id]
    var segsByClaim = new Map(); // claim id -> [hl element] in document order

    /** The claim list's cards and the highlights, as the page has them now. */
    function indexClaims() {
      items = list ? Array.prototype.slice.call(list.querySelectorAll('.claim-item')) : [];
      itemsById = new Map();
      items.forEach(function (li) {
        var id = li.getAttribute('data-claim-id');
        if (id && !itemsById.has(id)) {
          itemsById.set(id, li);
        }
      });
      hlSegs = [];
      segClaims = new Map();
      segsByClaim = new Map();
      segs.forEach(function (s) {
        if (!s.el.classList.contains('hl')) {
          return;
        }
        var ids = claimIdsOf(s.el);
        hlSegs.push(s.el);
        segClaims.set(s.el, ids);
        ids.forEach(function (id) {
          if (!segsByClaim.has(id)) {
            segsByClaim.set(id, []);
          }
          segsByClaim.get(id).push(s.el);
        });
      });
    }

    indexClaims();

    var hintDefault = hint ? hint.textContent : '';
    if (hint) {
      hint.setAttribute('aria-live', 'polite');
    }

    // ---------------------------------------------------------------------------------------------
    // Scrolling
    // ---------------------------------------------------------------------------------------------

    /** True when the aside is its own scroll container (two-column layout). */
    function asideScrolls() {
      if (!aside) {
        return false;
      }
      var oy = window.getComputedStyle(aside).overflowY;
      return (oy === 'auto' || oy === 'scroll') && aside.scrollHeight > aside.clientHeight + 1;
    }

    /**
     * Brings el into view inside the aside. When the aside does not scroll by itself (single column)
     * the window is scrolled only if allowWindow is set.
     */
    function revealInAside(el, allowWindow) {
      if (asideScrolls() && aside.contains(el)) {
        var a = aside.getBoundingClientRect();
        var r = el.getBoundingClientRect();
        var top = Math.max(a.top, 0);
        var bottom = Math.min(a.bottom, window.innerHeight);
        var delta = 0;
        if (r.top < top + 8) {
          delta = r.top - top - 8;
        } else if (r.bottom > bottom - 8) {
          delta = Math.min(r.bottom - bottom + 8, r.top - top - 8);
        }
        if (delta) {
          aside.scrollTo({ top: Math.max(0, aside.scrollTop + delta), behavior: scrollBehavior() });
        }
      } else if (allowWindow) {
        el.scrollIntoView({ behavior: scrollBehavior(), block: 'nearest' });
      }
    }

    // ---------------------------------------------------------------------------------------------
    // Selection -> new claim form
    // ---------------------------------------------------------------------------------------------

    var canHighlight = typeof window.Highlight === 'function' && window.CSS && CSS.highlights;

    /** Keeps the chosen passage visible (CSS Custom Highlight API) after focus moves to the form. */
    function showPending(start, end) {
      if (!canHighlight) {
        return;
      }
      var a = pointAt(start, false);
      var b = pointAt(end, true);
      if (!a || !b) {
        return;
      }
      var r = document.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      CSS.highlights.set('fd-pending', new window.Highlight(r));
    }

    function clearPending() {
      if (canHighlight) {
        CSS.highlights.delete('fd-pending');
      }
    }

    var lastKey = '';

    function applySelection(fromMouse) {
      if (!form) {
        return;
      }
      var s = readSelection();
      if (!s) {
        return; // never clear the form because the selection went away (e.g. focus moved)
      }
      var key = s.start + ':' + s.end;
      if (!fromMouse && key === lastKey) {
        return;
      }
      lastKey = key;
      if (startInput) {
        startInput.value = String(s.start);
      }
      if (endInput) {
        endInput.value = String(s.end);
      }
      if (placing) {
        offerPlace(s, fromMouse);
        return;
      }
      if (quote) {
        // The body text itself (what selection.toString() means), so it always matches the position;
        // toString() renders the hidden "\n\n" between paragraphs differently in each browser.
        quote.value = s.text;
      }
      checkBefore(s.text, s.start, s.end);
      if (hint) {
        hint.textContent = 'Selected \u201c' + shortened(s.text) + '\u201d: write the statement, then create the claim.';
        hint.classList.add('is-set');
      }
      warnParagraphs(s.text);
      showPending(s.start, s.end);
      if (panel && panel.tagName === 'DETAILS' && !panel.open) {
        panel.open = true;
      }
      if (fromMouse && statement) {
        statement.focus({ preventScroll: true });
        revealInAside(statement, true);
      }
    }

    /** The selected words as the hint shows them: the first 80 characters, on one line. */
    function shortened(text) {
      var line = text.replace(/\s+/g, ' ');
      return line.length > 80 ? line.slice(0, 77) + '\u2026' : line;
    }

    /**
     * A claim stands in one paragraph: a quote across two is allowed (a claim may run on) but said beside
     * the quote, so that it is not filed without anyone noticing (docs/ui.md, "A selection across paragraphs").
     */
    function warnParagraphs(text) {
      var warning = document.getElementById('paragraph-warning');
      if (warning) {
        warning.hidden = !/\n/.test(text);
      }
    }

    /** Place mode: names the words selected and offers the button that places the claim on them. */
    function offerPlace(s, fromMouse) {
      if (hint) {
        hint.textContent = 'Selected \u201c' + shortened(s.text) + '\u201d.';
        hint.classList.add('is-set');
      }
      showPending(s.start, s.end);
      if (placeButton) {
        placeButton.disabled = false;
        if (fromMouse) {
          placeButton.focus({ preventScroll: true });
          revealInAside(placeButton, true);
        }
      }
    }

    var pressInText = false;
    var selTimer = 0;

    function scheduleSelection() {
      clearTimeout(selTimer);
      selTimer = setTimeout(function () {
        applySelection(false);
      }, 200);
    }

    document.addEventListener('mousedown', function (e) {
      pressInText = e.button === 0 && readerText.contains(e.target);
    });

    document.addEventListener('mouseup', function (e) {
      if (!pressInText || e.button !== 0) {
        return;
      }
      pressInText = false;
      clearTimeout(selTimer);
      setTimeout(function () { // let the browser finish updating the selection
        applySelection(true);
      }, 0);
    });

    document.addEventListener('selectionchange', scheduleSelection);

    document.addEventListener('keyup', function (e) {
      if (!isTypingTarget(e.target)) {
        scheduleSelection();
      }
    });

    if (quote) {
      quote.addEventListener('input', function () { // only fires for edits by the user
        if (startInput) {
          startInput.value = '';
        }
        if (endInput) {
          endInput.value = '';
        }
        if (hint) {
          hint.textContent = quote.value.trim()
            ? 'Quote entered by hand \u2014 it will be located in the text when saved.'
            : hintDefault;
          hint.classList.remove('is-set');
        }
        clearPending();
        warnParagraphs(quote.value);
        checkBefore(quote.value, null, null, 150);
      });
    }

    // ---------------------------------------------------------------------------------------------
    // Checked before (docs/ui.md, "Checked before"): while a passage fills the form, the claims and
    // fact-checks that match it (POST /api/matches), and a warning when a claim already sits on its words
    // ---------------------------------------------------------------------------------------------

    var cbBox = document.getElementById('checked-before');
    var overlapBox = document.getElementById('overlap-warning');
    var articleId = form ? parseInt(form.getAttribute('data-article-id'), 10) : NaN;
    var CB_MAX = 5;
    var CB_TEXT_MAX = 2000; // system.Limits.MATCH_TEXT, in code points
    var cbTimer = 0;
    var cbRequest = null; // the AbortController of the request under way
    var cbAsked = ''; // what the panel shows (or is asking about), so that one selection is asked once

    // State names in the desk's words: the labels of the state filter (ClaimState's labels), never enum names.
    var stateLabels = {};
    if (filterState) {
      Array.prototype.forEach.call(filterState.options, function (o) {
        if (o.value) {
          stateLabels[o.value] = o.textContent.trim();
        }
      });
    }

    var cbDateFormat = window.Intl && Intl.DateTimeFormat
      ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }) : null;

    function el(tag, className, text) {
      var e = document.createElement(tag);
      if (className) {
        e.className = className;
      }
      if (text !== undefined && text !== null) {
        e.textContent = text;
      }
      return e;
    }

    function clearChecked() {
      clearTimeout(cbTimer);
      if (cbRequest) {
        cbRequest.abort();
        cbRequest = null;
      }
      cbAsked = '';
      if (cbBox) {
        cbBox.textContent = '';
        cbBox.removeAttribute('aria-busy');
      }
      if (overlapBox) {
        overlapBox.textContent = '';
      }
    }

    /**
     * Asks what the desk and other fact-checkers checked before that resembles the text in the form; start and
     * end (code points) also ask whether a claim of this article sits on those words. A selection asks at once
     * (the panel is to appear within 100 ms of it: docs/matching.md, "In the reader"); typing asks after
     * {@code pause} ms without a keystroke.
     */
    function checkBefore(text, start, end, pause) {
      if (!cbBox || !text || !text.trim()) {
        clearChecked();
        return;
      }
      var cps = Array.from(text);
      var body = { text: cps.length > CB_TEXT_MAX ? cps.slice(0, CB_TEXT_MAX).join('') : text };
      if (start !== null && isFinite(articleId)) {
        body.articleId = articleId;
        body.start = start;
        body.end = end;
      }
      var asked = JSON.stringify(body);
      if (asked === cbAsked) {
        return;
      }
      clearTimeout(cbTimer);
      if (cbRequest) {
        cbRequest.abort();
        cbRequest = null;
      }
      cbAsked = asked;
      cbBox.setAttribute('aria-busy', 'true');
      if (overlapBox) {
        overlapBox.textContent = ''; // it spoke of other words; the answer says again if these are marked
      }
      cbTimer = setTimeout(function () {
        var controller = typeof AbortController === 'function' ? new AbortController() : null;
        cbRequest = controller;
        // JSON needs no CSRF token: a browser sends it cross-site only after a preflight (docs/security.md).
        fetch('/api/matches', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'fetch' },
          body: asked,
          signal: controller ? controller.signal : undefined
        }).then(function (response) {
          if (!response.ok) {
            throw new Error('matches: ' + response.status);
          }
          return response.json();
        }).then(function (answer) {
          if (cbRequest === controller && cbAsked === asked) {
            cbRequest = null;
            showChecked(answer && Array.isArray(answer.items) ? answer.items : []);
          }
        }).catch(function (e) {
          if (e && e.name === 'AbortError') {
            return; // a newer selection took its place
          }
          if (cbRequest === controller && cbAsked === asked) {
            cbRequest = null;
            cbAsked = '';
            cbBox.textContent = '';
            cbBox.removeAttribute('aria-busy');
            cbBox.appendChild(el('p', 'cb-empty small muted', 'Could not look for earlier checks just now.'));
          }
        });
      }, pause || 0);
    }

    /** The desk's own claims open on their page here; another fact-checker's review only by an http(s) URL. */
    function matchHref(m) {
      if (m.kind === 'claim') {
        return '/claims/' + encodeURIComponent(m.id);
      }
      return typeof m.url === 'string' && /^https?:\/\//i.test(m.url) ? m.url : null;
    }

    function matchLink(m, text) {
      var href = matchHref(m);
      if (!href) {
        return null;
      }
      var a = el('a', 'cb-open', text);
      a.href = href;
      if (m.kind !== 'claim') {
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
      }
      return a;
    }

    var DIFF_NOUNS = { figure: 'the figure', date: 'the date', name: 'the name', direction: 'the direction' };

    /**
     * A difference as the guards name it ("figure: 470,000 people → 450,000 people", "negation: 'did not' in
     * this text only", "direction: rising vs falling"; docs/matching.md) said in the desk's words.
     */
    function differenceInWords(d, m) {
      var there = m.kind === 'claim' ? 'in that claim' : 'in that fact-check';
      var parts = /^([a-z]+):\s*(.*)$/.exec(String(d));
      if (!parts) {
        return String(d);
      }
      var kind = parts[1];
      var rest = parts[2];
      var noun = DIFF_NOUNS[kind] || kind;
      var arrow = /^(.*?)\s*\u2192\s*(.*)$/.exec(rest);
      if (arrow) {
        var here = arrow[1];
        var other = arrow[2];
        if (other === 'not in the match') {
          return noun + ' ' + here + ' is not ' + there;
        }
        if (here === 'not in this text') {
          return noun + ' ' + other + ' is only ' + there;
        }
        return noun + ' \u2014 ' + here + ' here, ' + other + ' ' + there;
      }
      var vs = /^(\w+) vs (\w+)$/.exec(rest);
      if (vs) {
        return noun + ' \u2014 ' + vs[1] + ' here, ' + vs[2] + ' ' + there;
      }
      var neg = /^(.*) in (this text|the match) only$/.exec(rest);
      if (kind === 'negation' && neg) {
        var words = neg[1].replace(/^'(.*)'$/, '\u201c$1\u201d');
        return neg[2] === 'this text' ? 'a negation: ' + words + ' here, not ' + there
          : 'a negation: ' + words + ' ' + there + ', not here';
      }
      return noun + ': ' + rest.replace(/\bthis text\b/g, 'the selection').replace(/\bthe match\b/g, there);
    }

    function matchLabel(m) {
      if (m.same) {
        return { text: 'Likely the same claim', cls: 'is-same' };
      }
      var diffs = Array.isArray(m.differences) ? m.differences : [];
      if (diffs.length) {
        return {
          text: 'Similar but different: ' + diffs.map(function (d) {
            return differenceInWords(d, m);
          }).join('; '),
          cls: 'is-different'
        };
      }
      return { text: 'Related', cls: 'is-related' };
    }

    function formatDay(iso) {
      var d = iso ? new Date(iso) : null;
      if (!d || isNaN(d.getTime())) {
        return null;
      }
      return cbDateFormat ? cbDateFormat.format(d) : d.toISOString().slice(0, 10);
    }

    function matchItem(m) {
      var li = el('li', 'cb-item');
      li.setAttribute('data-kind', m.kind || '');
      li.setAttribute('data-match-id', String(m.id));
      if (m.overlap) {
        li.classList.add('is-overlap');
      }
      var label = matchLabel(m);
      var head = el('p', 'cb-label ' + label.cls, label.text);
      li.appendChild(head);
      li.appendChild(el('q', 'cb-statement', m.statement || ''));
      var meta = el('p', 'cb-meta small');
      var ours = m.kind === 'claim';
      meta.appendChild(el('span', 'cb-kind', ours ? 'Claim #' + m.id : 'Other fact-checkers'));
      if (ours && m.state && stateLabels[m.state]) {
        meta.appendChild(document.createTextNode(' '));
        meta.appendChild(el('span', 'badge state-' + m.state, stateLabels[m.state]));
      }
      meta.appendChild(document.createTextNode(' '));
      meta.appendChild(el('span', 'cb-verdict' + (m.verdict ? '' : ' muted'),
        m.verdict ? 'Verdict: ' + m.verdict : 'No verdict yet'));
      li.appendChild(meta);
      var where = el('p', 'cb-where small muted');
      var day = formatDay(m.publishedAt);
      var said = ours ? (m.where ? 'In ' + m.where : '') : (m.where ? 'Checked by ' + m.where : '');
      if (m.claimant) {
        said += (said ? ' \u00b7 ' : '') + 'Claimant: ' + m.claimant;
      }
      where.textContent = said ? said + ' \u00b7 ' : '';
      if (day) {
        var time = el('time', null, 'published ' + day);
        time.setAttribute('datetime', m.publishedAt);
        where.appendChild(time);
      } else {
        where.appendChild(document.createTextNode(ours ? 'not published' : 'no date given'));
      }
      li.appendChild(where);
      var link = matchLink(m, ours ? 'Open claim #' + m.id : 'Read the fact-check' + (m.where ? ' (' + m.where + ')' : ''));
      if (link) {
        li.appendChild(link);
      }
      return li;
    }

    function showChecked(items) {
      cbBox.textContent = '';
      cbBox.removeAttribute('aria-busy');
      if (overlapBox) {
        overlapBox.textContent = '';
        items.filter(function (m) {
          return m.overlap;
        }).forEach(function (m) {
          var p = el('p', 'overlap-notice');
          p.appendChild(el('strong', null, 'A claim on these words already exists: '));
          p.appendChild(document.createTextNode('#' + m.id + ' \u201c' + (m.statement || '') + '\u201d \u2014 '));
          var a = matchLink(m, 'open it');
          if (a) {
            p.appendChild(a);
          }
          overlapBox.appendChild(p);
        });
      }
      if (!items.length) {
        cbBox.appendChild(el('p', 'cb-empty small muted', 'Nothing checked before.'));
        return;
      }
      var section = el('section', 'cb-panel');
      section.setAttribute('aria-label', 'Checked before');
      section.appendChild(el('h3', 'cb-title', 'Checked before'));
      var ol = el('ol', 'cb-list');
      items.slice(0, CB_MAX).forEach(function (m) {
        ol.appendChild(matchItem(m));
      });
      section.appendChild(ol);
      if (items.length > CB_MAX) {
        section.appendChild(el('p', 'small muted', 'The ' + CB_MAX + ' closest of ' + items.length + '.'));
      }
      cbBox.appendChild(section);
    }

    // A form the server filled ("Use as claim" opened in a new tab, a refused form shown again) is checked too.
    if (quote && quote.value.trim()) {
      var filledStart = startInput ? parseInt(startInput.value, 10) : NaN;
      var filledEnd = endInput ? parseInt(endInput.value, 10) : NaN;
      if (isFinite(filledStart) && isFinite(filledEnd)) {
        checkBefore(quote.value, filledStart, filledEnd);
      } else {
        checkBefore(quote.value, null, null);
      }
    }

    // ---------------------------------------------------------------------------------------------
    // Active claim(s)
    // ---------------------------------------------------------------------------------------------

    var activeEls = [];
    var current = null; // the active .claim-item that j/k/Enter work from

    function clearActive() {
      activeEls.forEach(function (el) {
        el.classList.remove('is-active');
        el.removeAttribute('aria-current');
      });
      activeEls = [];
      current = null;
      Array.prototype.forEach.call(document.querySelectorAll('.claim-item .also-here'), function (p) {
        p.remove();
      });
    }

    function setActive(ids) {
      clearActive();
      ids.forEach(function (id) {
        var li = itemsById.get(id);
        if (li) {
          li.classList.add('is-active');
          li.setAttribute('aria-current', 'true');
          activeEls.push(li);
        }
        markHighlights(id);
      });
    }

    function markHighlights(id) {
      (segsByClaim.get(id) || []).forEach(function (el) {
        if (!el.classList.contains('is-active')) {
          el.classList.add('is-active');
          activeEls.push(el);
        }
      });
    }

    var flashing = [];
    var flashTimer = 0;

    function flash(els) {
      clearTimeout(flashTimer);
      flashing.forEach(function (el) {
        el.classList.remove('flash');
      });
      void article.offsetWidth; // restart the animation when the same claim is flashed again
      flashing = els.slice();
      flashing.forEach(function (el) {
        el.classList.add('flash');
      });
      flashTimer = setTimeout(function () {
        flashing.forEach(function (el) {
          el.classList.remove('flash');
        });
        flashing = [];
      }, 1200);
    }

    function isVisibleItem(li) {
      return !li.classList.contains('is-hidden');
    }

    /** Contract 4: activate a list item and show its highlight in the text. */
    function activateItem(li, opts) {
      var id = li.getAttribute('data-claim-id');
      setActive([id]);
      current = li;
      var targets = segsByClaim.get(id) || [];
      if (targets.length) {
        targets[0].scrollIntoView({ behavior: scrollBehavior(), block: 'center', inline: 'nearest' });
        flash(targets);
      }
      if (opts && opts.focus) {
        li.focus({ preventScroll: true });
      }
      if (opts && opts.reveal) {
        revealInAside(li, false);
      }
    }

    /** A claim's length in code points: from its card's offsets, else from its marks' text. */
    function claimLength(id) {
      var li = itemsById.get(id);
      var start = li ? parseInt(li.getAttribute('data-start'), 10) : NaN;
      var end = li ? parseInt(li.getAttribute('data-end'), 10) : NaN;
      if (isFinite(start) && isFinite(end)) {
        return end - start;
      }
      return (segsByClaim.get(id) || []).reduce(function (n, el) {
        return n + el.textContent.length;
      }, 0);
    }

    /** The claims covering a mark, innermost (shortest) first; visible cards before filtered-out ones. */
    function claimsHere(span) {
      var ids = (segClaims.get(span) || claimIdsOf(span)).slice();
      var hidden = function (id) {
        var li = itemsById.get(id);
        return li && !isVisibleItem(li) ? 1 : 0;
      };
      return ids.sort(function (a, b) {
        return hidden(a) - hidden(b) || claimLength(a) - claimLength(b);
      });
    }

    /**
     * Contract 3: a click on a mark activates ONE claim, the innermost; a click on the same mark while
     * one of its claims is active moves to the next one (outwards, round again). The active card then
     * names the others under that mark, each a button that activates it (docs/ui.md, "Overlaps").
     */
    function activateFromHighlight(span) {
      var ids = claimsHere(span);
      if (!ids.length) {
        return;
      }
      var at = current ? ids.indexOf(current.getAttribute('data-claim-id')) : -1;
      showClaimHere(ids[at >= 0 ? (at + 1) % ids.length : 0], ids);
    }

    function showClaimHere(id, ids) {
      setActive([id]);
      var target = itemsById.get(id) || null;
      current = target;
      if (!target) {
        return;
      }
      var others = ids.filter(function (other) {
        return other !== id && itemsById.has(other);
      });
      if (others.length) {
        var note = document.createElement('p');
        note.className = 'also-here small';
        note.appendChild(document.createTextNode('Also here: '));
        others.forEach(function (other, i) {
          var b = document.createElement('button');
          b.type = 'button';
          b.className = 'btn-link';
          b.setAttribute('data-also-claim', other);
          b.textContent = 'claim #' + other;
          b.addEventListener('click', function () {
            showClaimHere(other, ids);
          });
          if (i > 0) {
            note.appendChild(document.createTextNode(', '));
          }
          note.appendChild(b);
        });
        target.appendChild(note);
      }
      if (isVisibleItem(target)) {
        revealInAside(target, false);
      }
    }

    function openItem(li) {
      var link = li.querySelector('a[href]');
      if (link) {
        link.click();
      }
    }

    function selectionIsEmpty() {
      var sel = window.getSelection();
      return !sel || sel.rangeCount === 0 || sel.isCollapsed;
    }

    article.addEventListener('click', function (e) {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || !selectionIsEmpty()) {
        return;
      }
      var span = e.target.closest ? e.target.closest('.hl') : null;
      if (span && article.contains(span)) {
        activateFromHighlight(span);
      } else if (activeEls.length) {
        clearActive(); // a plain click on unhighlighted text clears the active claim
      }
    });

    if (list) {
      list.addEventListener('click', function (e) {
        var li = e.target.closest ? e.target.closest('.claim-item') : null;
        if (!li || !list.contains(li)) {
          return;
        }
        if (e.target.closest('a, button, input, select, textarea, label, summary, form')) {
          return; // the link (and any control) keeps its own behaviour
        }
        if (!selectionIsEmpty() && li.contains(window.getSelection().anchorNode)) {
          return; // the user is selecting text in the card
        }
        activateItem(li);
      });
    }

    // ---------------------------------------------------------------------------------------------
    // Filters (contract 5)
    // ---------------------------------------------------------------------------------------------

    var filterCount = null;
    var filters = document.querySelector('.filters');

    function applyFilters(writeUrl) {
      if (!filterCount && filters && items.length) { // from the first claim on, also one marked live
        filterCount = document.createElement('p');
        filterCount.className = 'filter-count';
        filterCount.setAttribute('aria-live', 'polite');
        filters.appendChild(filterCount);
      }
      var topic = filterTopic ? filterTopic.value : '';
      var state = filterState ? filterState.value : '';
      var filtering = !!(topic || state);
      var matching = new Set();
      items.forEach(function (li) {
        var ok = (!topic || li.getAttribute('data-topic-id') === topic) &&
          (!state || li.getAttribute('data-state') === state);
        li.classList.toggle('is-hidden', !ok);
        if (ok) {
          matching.add(li.getAttribute('data-claim-id'));
        }
      });
      hlSegs.forEach(function (el) {
        var dim = filtering && !segClaims.get(el).some(function (id) {
          return matching.has(id);
        });
        el.classList.toggle('is-dimmed', dim);
      });
      if (current && !isVisibleItem(current)) {
        clearActive();
      }
      if (filterCount) {
        filterCount.textContent = !filtering
          ? items.length + (items.length === 1 ? ' claim' : ' claims')
          : matching.size
            ? 'Showing ' + matching.size + ' of ' + items.length + ' claims'
            : 'No claims match these filters';
      }
      if (writeUrl && window.history && history.replaceState) {
        var url = new URL(window.location.href);
        var changed = false;
        [['topic', topic], ['state', state]].forEach(function (pair) {
          var now = url.searchParams.get(pair[0]);
          if (pair[1] && now !== pair[1]) {
            url.searchParams.set(pair[0], pair[1]);
            changed = true;
          } else if (!pair[1] && now !== null) {
            url.searchParams.delete(pair[0]);
            changed = true;
          }
        });
        if (changed) { // untouched URLs are left exactly as they were
          history.replaceState(history.state, '', url.href);
        }
      }
    }

    function selectValue(select, value) {
      if (!select || value === null) {
        return;
      }
      var known = Array.prototype.some.call(select.options, function (o) {
        return o.value === value;
      });
      if (known) {
        select.value = value;
      }
    }

    var params = new URLSearchParams(window.location.search);
    selectValue(filterTopic, params.get('topic'));
    selectValue(filterState, params.get('state'));
    [filterTopic, filterState].forEach(function (select) {
      if (select) {
        select.addEventListener('change', function () {
          applyFilters(true);
        });
      }
    });
    applyFilters(true);

    // ---------------------------------------------------------------------------------------------
    // Keyboard (contract 6)
    // ---------------------------------------------------------------------------------------------

    function move(delta) {
      var visible = items.filter(isVisibleItem);
      if (!visible.length) {
        return;
      }
      var i = current ? visible.indexOf(current) : -1;
      i = i < 0 ? (delta > 0 ? 0 : visible.length - 1) : clamp(i + delta, 0, visible.length - 1);
      activateItem(visible[i], { focus: true, reveal: true });
    }

    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTypingTarget(e.target)) {
        return;
      }
      var t = e.target;
      var onItem = t && t.classList && t.classList.contains('claim-item') && items.indexOf(t) >= 0 ? t : null;
      switch (e.key) {
        case 'j':
          e.preventDefault();
          move(1);
          break;
        case 'k':
          e.preventDefault();
          move(-1);
          break;
        case 'Enter':
          if (onItem) {
            // Enter on a focused card activates it; Enter on the already active card opens it.
            e.preventDefault();
            if (onItem === current) {
              openItem(onItem);
            } else {
              activateItem(onItem);
            }
          } else if (current && !(t && t.closest && t.closest('a, button, summary, [role="button"], [tabindex]'))) {
            e.preventDefault();
            openItem(current);
          }
          break;
        case 'o':
          if (current) {
            e.preventDefault();
            openItem(current);
          }
          break;
        case 'Escape':
          if (activeEls.length || flashing.length) {
            clearActive();
            flash([]);
          }
          break;
        default:
          break;
      }
    });

    // ---------------------------------------------------------------------------------------------
    // Suggested claims (docs/ui.md, "Suggested claims in the reader"): marks in the text, the list beside it, "Use as claim"
    // ---------------------------------------------------------------------------------------------

    var sgCards = Array.prototype.slice.call(document.querySelectorAll('#suggestion-list .suggestion-item'));
    var sgByKey = new Map();
    sgCards.forEach(function (li) {
      sgByKey.set(li.getAttribute('data-suggestion'), li);
    });
    var sgSegs = new Map(); // key -> [span.seg.sg]

    function indexSuggestionMarks() {
      sgSegs = new Map();
      Array.prototype.forEach.call(article.querySelectorAll('span.seg.sg'), function (el) {
        var key = el.getAttribute('data-suggestion');
        if (!sgSegs.has(key)) {
          sgSegs.set(key, []);
        }
        sgSegs.get(key).push(el);
      });
    }

    indexSuggestionMarks();
    var sgCurrent = null; // key of the current suggestion

    function sgMark(key) {
      return document.getElementById('sg-mark-' + key);
    }

    function sgEls(key) {
      var els = (sgSegs.get(key) || []).slice();
      var mark = sgMark(key);
      if (mark) {
        els.push(mark);
      }
      if (sgByKey.has(key)) {
        els.push(sgByKey.get(key));
      }
      return els;
    }

    function clearSuggestion() {
      if (sgCurrent !== null) {
        sgEls(sgCurrent).forEach(function (el) {
          el.classList.remove('is-current');
        });
        sgCurrent = null;
      }
    }

    /** Makes a suggestion current: its sentence, mark and card are shown together. */
    function setSuggestion(key, opts) {
      clearSuggestion();
      if (!sgByKey.has(key)) {
        return;
      }
      sgCurrent = key;
      sgEls(key).forEach(function (el) {
        el.classList.add('is-current');
      });
      var card = sgByKey.get(key);
      var sgList = card.parentElement; // a scroll container of its own inside the aside
      if (sgList && sgList.scrollHeight > sgList.clientHeight + 1) {
        var l = sgList.getBoundingClientRect();
        var c = card.getBoundingClientRect();
        if (c.top < l.top || c.bottom > l.bottom) {
          sgList.scrollTo({ top: Math.max(0, sgList.scrollTop + c.top - l.top - 4), behavior: scrollBehavior() });
        }
      }
      revealInAside(card, false);
      var first = (sgSegs.get(key) || [])[0];
      if (opts && opts.scroll && first) {
        first.scrollIntoView({ behavior: scrollBehavior(), block: 'center', inline: 'nearest' });
      }
      if (opts && opts.focusMark && sgMark(key)) {
        sgMark(key).focus({ preventScroll: true }); // the reasons show on focus
      } else if (opts && opts.focusCard) {
        card.focus({ preventScroll: true });
      }
    }

    function selectTopic(select, value) {
      if (!select) {
        return;
      }
      var empty = Array.prototype.filter.call(select.options, function (o) {
        return o.value === '';
      })[0];
      if (!value && !empty) { // no topic proposed: the reviewer chooses, nothing is preselected
        empty = document.createElement('option');
        empty.value = '';
        empty.textContent = 'Choose a topic';
        select.insertBefore(empty, select.firstChild);
      }
      select.value = value || '';
      if (select.value !== (value || '')) {
        select.value = '';
      }
    }

    /**
     * Fills the new-claim form from a suggestion, or from one of its clauses (a `.sg-use-clause` link:
     * the clause is the quote and the statement, the rest is the sentence's); the reviewer still creates
     * the claim.
     */
    function useSuggestion(key, clause) {
      var card = sgByKey.get(key);
      if (!card || !form || placing) {
        return;
      }
      setSuggestion(key);
      var place = clause || card;
      var start = parseInt(place.getAttribute('data-start'), 10);
      var end = parseInt(place.getAttribute('data-end'), 10);
      var text = chars.slice(start, end).join('');
      if (startInput) {
        startInput.value = String(start);
      }
      if (endInput) {
        endInput.value = String(end);
      }
      if (quote) {
        quote.value = text;
      }
      if (statement) {
        statement.value = text;
      }
      var claimant = form.querySelector('[name="claimant"]');
      if (claimant) {
        claimant.value = card.getAttribute('data-claimant') || '';
      }
      var claimDate = form.querySelector('[name="claimDate"]');
      if (claimDate) {
        claimDate.value = card.getAttribute('data-claim-date') || '';
      }
      selectTopic(form.querySelector('[name="topicId"]'), card.getAttribute('data-topic-id'));
      lastKey = start + ':' + end;
      warnParagraphs(text);
      checkBefore(text, start, end);
      if (hint) {
        hint.textContent = 'Filled from ' + (clause ? 'the clause of a suggested sentence' : 'the suggested sentence') +
          ': check it, then create the claim.';
        hint.classList.add('is-set');
      }
      showPending(start, end);
      if (panel && panel.tagName === 'DETAILS' && !panel.open) {
        panel.open = true;
      }
      if (statement) {
        statement.focus({ preventScroll: true });
        revealInAside(statement, true);
      }
    }

    function moveSuggestion(delta) {
      if (!sgCards.length) {
        return;
      }
      var i = sgCurrent === null ? -1 : sgCards.indexOf(sgByKey.get(sgCurrent));
      i = i < 0 ? (delta > 0 ? 0 : sgCards.length - 1) : clamp(i + delta, 0, sgCards.length - 1);
      setSuggestion(sgCards[i].getAttribute('data-suggestion'), { focusMark: true, scroll: true });
    }

    article.addEventListener('click', function (e) {
      var mark = e.target.closest ? e.target.closest('.sg-mark') : null;
      if (mark && article.contains(mark)) {
        setSuggestion(mark.getAttribute('data-suggestion'), { focusCard: true });
      }
    });

    // Hovering the sentence shows the reasons too, at its mark.
    article.addEventListener('mouseover', function (e) {
      var seg = e.target.closest ? e.target.closest('.seg.sg') : null;
      var mark = seg ? sgMark(seg.getAttribute('data-suggestion')) : null;
      Array.prototype.forEach.call(article.querySelectorAll('.sg-mark.is-tipped'), function (m) {
        if (m !== mark) {
          m.classList.remove('is-tipped');
        }
      });
      if (mark) {
        mark.classList.add('is-tipped');
      }
    });
    article.addEventListener('mouseleave', function () {
      Array.prototype.forEach.call(article.querySelectorAll('.sg-mark.is-tipped'), function (m) {
        m.classList.remove('is-tipped');
      });
    });

    sgCards.forEach(wireSuggestion);

    /** "Use as claim" and "Use the clause" fill the form in place (at load, and on a card a live change brought). */
    function wireSuggestion(li) {
      var use = li.querySelector('.sg-use');
      if (use) {
        use.addEventListener('click', function (e) {
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
            return; // a new tab gets the server's filled form
          }
          e.preventDefault();
          useSuggestion(li.getAttribute('data-suggestion'));
        });
      }
      Array.prototype.forEach.call(li.querySelectorAll('.sg-use-clause'), function (link) {
        link.addEventListener('click', function (e) {
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
            return; // a new tab gets the server's filled form
          }
          e.preventDefault();
          useSuggestion(li.getAttribute('data-suggestion'), link);
        });
      });
    }

    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || isTypingTarget(e.target) ||
          (window.FactdeskKeys && FactdeskKeys.isOpen && FactdeskKeys.isOpen())) {
        return;
      }
      if (e.key === 's' || e.key === 'S') {
        if (sgCards.length) {
          e.preventDefault();
          moveSuggestion(e.key === 's' ? 1 : -1);
        }
      } else if (e.key === 'a') {
        if (sgCurrent !== null) {
          e.preventDefault();
          useSuggestion(sgCurrent);
        }
      } else if (e.key === 'Escape' && sgCurrent !== null) {
        clearSuggestion();
      }
    });

    // The "?" overlay (keys.js) lists the keys handled above.
    if (window.FactdeskKeys) {
      var hasItems = function () {
        return items.length > 0;
      };
      FactdeskKeys.register('j', 'Next claim', null, hasItems);
      FactdeskKeys.register('k', 'Previous claim', null, hasItems);
      FactdeskKeys.register('o', 'Open the active claim', null, hasItems);
      FactdeskKeys.register('Enter', 'On a claim in the list: show it in the text; again: open it', null, hasItems);
      FactdeskKeys.register('Escape', 'Clear the active claim', null, hasItems);
      var hasSuggestions = function () {
        return sgCards.length > 0;
      };
      FactdeskKeys.register(['s', 'S'], 'Next / previous suggested sentence (its reasons show)', null,
        hasSuggestions);
      FactdeskKeys.register('a', 'Use the current suggestion as a claim (fills the form)', null, function () {
        return sgCurrent !== null;
      });
    }

    // ---------------------------------------------------------------------------------------------
    // Live (docs/ui.md, "Live pages"): when a colleague marks or changes a claim of this article,
    // live.js calls refreshClaims(). The reader is fetched again (the page the server keeps per chain
    // head) and only the paragraphs and cards that changed are replaced; never the form, never while
    // the user selects in them or has the keyboard focus inside them (then they wait till they leave).
    // ---------------------------------------------------------------------------------------------

    var waiting = null; // a fresh page not applied yet

    /** The paragraphs and claim cards of a page, each as the server rendered it ('p:<start>' / 'c:<id>'). */
    function servedParts(doc) {
      var parts = new Map();
      Array.prototype.forEach.call(doc.querySelectorAll('#article-body > p.para, #claim-list > .claim-item'),
        function (el) {
          parts.set(partKey(el), el.innerHTML);
        });
      return parts;
    }

    function partKey(el) {
      return el.classList.contains('para') ? 'p:' + el.getAttribute('data-start')
        : 'c:' + el.getAttribute('data-claim-id');
    }

    /**
     * Fetches the reader again and shows what changed. The promise answers false when the article has
     * another text now (a new version): the page then stays as it is, and live.js says so.
     */
    function refreshClaims() {
      return fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          var doc = html ? new DOMParser().parseFromString(html, 'text/html') : null;
          var body = doc ? doc.getElementById('article-body') : null;
          if (!body) {
            return true; // the next event tries again
          }
          if (body.textContent !== article.textContent) {
            return false;
          }
          waiting = doc;
          applyWaiting();
          return true;
        });
    }

    /** True if replacing el would take the user's selection or keyboard focus away. */
    function holdsUser(el) {
      var focused = document.activeElement;
      if (focused && focused !== el && el.contains(focused)) {
        return true;
      }
      var sel = window.getSelection();
      return !!sel && sel.rangeCount > 0 && !sel.isCollapsed && sel.containsNode(el, true);
    }

    function applyWaiting() {
      if (!waiting) {
        return;
      }
      var doc = waiting;
      var changes = [];
      Array.prototype.forEach.call(doc.querySelectorAll('#article-body > p.para, #claim-list > .claim-item'),
        function (fresh) {
          var key = partKey(fresh);
          if (served.get(key) !== fresh.innerHTML) {
            changes.push({ key: key, fresh: fresh, now: key.charAt(0) === 'p'
              ? article.querySelector('p.para[data-start="' + fresh.getAttribute('data-start') + '"]')
              : itemsById.get(fresh.getAttribute('data-claim-id')) });
          }
        });
      if (pressInText || changes.some(function (c) {
        return c.now && holdsUser(c.now);
      })) {
        return; // tried again when the selection or the focus moves
      }
      waiting = null;
      var pending = canHighlight && CSS.highlights.has('fd-pending');
      changes.forEach(function (c) {
        var node = document.importNode(c.fresh, true);
        if (c.key.charAt(0) === 'p') {
          if (c.now) {
            c.now.replaceWith(node);
          }
        } else if (c.now) {
          patchCard(c.now, node);
        } else if (list) {
          var next = c.fresh.nextElementSibling;
          while (next && !itemsById.has(next.getAttribute('data-claim-id'))) {
            next = next.nextElementSibling;
          }
          list.insertBefore(node, next ? itemsById.get(next.getAttribute('data-claim-id')) : null);
        }
        served.set(c.key, c.fresh.innerHTML);
      });
      copyText(doc, '#claims-title .muted');
      copyText(doc, '#jump-claims');
      var none = document.querySelector('.reader-side > p.empty');
      if (none && !doc.querySelector('.reader-side > p.empty')) {
        none.remove();
      }
      syncSuggestions(doc);
      indexSegs();
      indexClaims();
      indexSuggestionMarks();
      activeEls = activeEls.filter(function (el) {
        return el.isConnected;
      });
      if (current) {
        markHighlights(current.getAttribute('data-claim-id'));
      }
      if (sgCurrent !== null) {
        sgEls(sgCurrent).forEach(function (el) {
          el.classList.add('is-current');
        });
      }
      applyFilters(false);
      if (pending) {
        showPending(parseInt(startInput.value, 10), parseInt(endInput.value, 10));
      }
    }

    /** A card takes the fresh one's attributes and content; it stays the same element (focus, active, presence). */
    function patchCard(li, fresh) {
      var active = li.classList.contains('is-active');
      var chips = li.querySelector(':scope > .presence-chips');
      var also = li.querySelector(':scope > .also-here');
      Array.prototype.forEach.call(fresh.attributes, function (a) {
        li.setAttribute(a.name, a.value);
      });
      li.classList.toggle('is-active', active);
      li.replaceChildren.apply(li, Array.prototype.slice.call(fresh.childNodes));
      if (chips) {
        li.insertBefore(chips, li.firstChild);
      }
      if (also) {
        li.appendChild(also);
      }
    }

    function copyText(doc, selector) {
      var now = document.querySelector(selector);
      var fresh = doc.querySelector(selector);
      if (now && fresh && now.textContent !== fresh.textContent) {
        now.textContent = fresh.textContent;
      }
    }

    /**
     * The suggestions follow the fresh page: those a new claim or a colleague's dismissal took off it leave
     * the list (not one the focus is in), those a colleague brought back come in at their place, and the
     * dismissed list and the counts are the fresh page's.
     */
    function syncSuggestions(doc) {
      sgCards = sgCards.filter(function (li) {
        if (doc.getElementById(li.id) || li.contains(document.activeElement)) {
          return true;
        }
        var key = li.getAttribute('data-suggestion');
        if (sgCurrent === key) {
          sgCurrent = null;
        }
        sgByKey.delete(key);
        li.remove();
        return false;
      });
      var section = document.getElementById('suggestions');
      var freshList = doc.getElementById('suggestion-list');
      if (section && freshList) {
        var listNow = document.getElementById('suggestion-list');
        if (!listNow) {
          listNow = document.importNode(freshList, false);
          var dismissed = section.querySelector('details.sg-dismissed');
          section.insertBefore(listNow, dismissed);
        }
        var after = null; // the card the next new one goes after
        Array.prototype.forEach.call(freshList.children, function (fresh) {
          var key = fresh.getAttribute('data-suggestion');
          var li = sgByKey.get(key);
          if (!li) {
            li = document.importNode(fresh, true);
            listNow.insertBefore(li, after ? after.nextElementSibling : listNow.firstElementChild);
            wireSuggestion(li);
            sgByKey.set(key, li);
          }
          after = li;
        });
        sgCards = Array.prototype.slice.call(listNow.querySelectorAll(':scope > .suggestion-item'));
      }
      replaceUnlessHeld(section, doc, 'details.sg-dismissed');
      copyText(doc, '#suggestions > p.small.muted');
      var count = document.getElementById('suggestion-count');
      var fresh = doc.getElementById('suggestion-count');
      if (count && fresh) {
        count.textContent = fresh.textContent;
        count.setAttribute('data-open', fresh.getAttribute('data-open'));
      }
    }

    /** The element under selector in section becomes the fresh page's (kept open if it was), unless the focus is in it. */
    function replaceUnlessHeld(section, doc, selector) {
      var now = section ? section.querySelector(selector) : null;
      var fresh = doc.querySelector('#suggestions ' + selector);
      if (now && now.contains(document.activeElement)) {
        return;
      }
      if (now && !fresh) {
        now.remove();
      } else if (fresh && (!now || now.innerHTML !== fresh.innerHTML)) {
        var node = document.importNode(fresh, true);
        node.open = !!(now && now.open);
        if (now) {
          now.replaceWith(node);
        } else if (section) {
          section.appendChild(node);
        }
      }
    }

    ['selectionchange', 'focusout', 'mouseup'].forEach(function (type) {
      document.addEventListener(type, function () {
        if (waiting) {
          setTimeout(applyWaiting, 0);
        }
      });
    });

    window.FactdeskReader = { refreshClaims: refreshClaims };

    // A link such as /articles/7#claim-3 opens the reader with that claim active.
    var m = /^#claim-(\d+)$/.exec(window.location.hash);
    if (m && itemsById.has(m[1])) {
      window.requestAnimationFrame(function () {
        activateItem(itemsById.get(m[1]), { reveal: true });
      });
    }
  }
}());
