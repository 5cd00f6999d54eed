/* Relations Timeline: filter a pair's timeline by topic and years, in the browser.
 *
 * The form is in the page but hidden; this script shows it and hides the entry cards that do not
 * match, using the data-topics and data-year attributes every card carries. Without JavaScript the
 * form stays hidden and the page is the full list. The choice is kept in the address
 * (?topic=energy&from=2000&to=2010), so a filtered timeline can be shared.
 *
 * Everything is found by data-* attributes, never by class, so a theme can restyle freely:
 * data-timeline-filter (the form), data-filter="topic|from|to" (its selects), data-filter-status,
 * data-timeline (the list), data-year-group="YEAR", data-year-jump="YEAR", data-chapter="ID" and
 * data-chapter-jump="ID" (a timeline told in eras), and in the list each card by its data-year (a card
 * carries nothing more, which keeps every timeline page small). */
(function () {
  'use strict';

  var form = document.querySelector('[data-timeline-filter]');
  if (!form || !window.URLSearchParams) return;
  var topic = form.querySelector('[data-filter="topic"]');
  var from = form.querySelector('[data-filter="from"]');
  var to = form.querySelector('[data-filter="to"]');
  var status = form.querySelector('[data-filter-status]');
  var cards = all('[data-timeline] [data-year]');
  var groups = all('[data-timeline] [data-year-group]');
  var jumps = all('[data-year-jump]');
  var chapters = all('[data-timeline] [data-chapter]');
  var chapterJumps = all('[data-chapter-jump]');

  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  function years() {
    var lo = parseInt(from.value, 10);
    var hi = parseInt(to.value, 10);
    return lo <= hi ? [lo, hi] : [hi, lo];
  }

  function isDefault() {
    return !topic.value && from.selectedIndex === 0 && to.selectedIndex === to.options.length - 1;
  }

  function apply() {
    var t = topic.value;
    var span = years();
    var shown = 0;
    cards.forEach(function (card) {
      var year = parseInt(card.getAttribute('data-year'), 10);
      var topics = (card.getAttribute('data-topics') || '').split(' ');
      var match = (!t || topics.indexOf(t) >= 0) && year >= span[0] && year <= span[1];
      card.hidden = !match;
      if (match) shown++;
    });
    var visible = {};
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('[data-year]:not([hidden])');
      if (!group.hidden) visible[group.getAttribute('data-year-group')] = true;
    });
    jumps.forEach(function (jump) {
      jump.hidden = !visible[jump.getAttribute('data-year-jump')];
    });
    var shownChapters = {};
    chapters.forEach(function (chapter) {
      chapter.hidden = !chapter.querySelector('[data-year]:not([hidden])');
      if (!chapter.hidden) shownChapters[chapter.getAttribute('data-chapter')] = true;
    });
    /* An era beginning on another page stays listed: the filter sees only this page. */
    chapterJumps.forEach(function (jump) {
      var id = jump.getAttribute('data-chapter-jump');
      var here = chapters.some(function (c) { return c.getAttribute('data-chapter') === id; });
      jump.hidden = here && !shownChapters[id];
    });
    if (isDefault()) {
      status.textContent = '';
    } else if (shown === 0) {
      status.textContent = 'No events match these filters.';
    } else {
      status.textContent = 'Showing ' + shown + ' of ' + cards.length + (cards.length === 1 ? ' event.' : ' events.');
    }
    remember();
  }

  function remember() {
    var params = new URLSearchParams(location.search);
    ['topic', 'from', 'to'].forEach(function (k) { params.delete(k); });
    if (!isDefault()) {
      if (topic.value) params.set('topic', topic.value);
      params.set('from', from.value);
      params.set('to', to.value);
    }
    var query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  function choose(select, value) {
    if (value && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
      select.value = value;
    }
  }

  /* A year in the address that no event has still bounds the filter: it gets an option of its own
     (a copy of one of the page's year options), in order, so that ?from=2015&to=2020 on a timeline
     with no event in those years shows none of them, not all. */
  function addYear(select, value) {
    var options = Array.prototype.slice.call(select.options);
    if (!/^\d{1,4}$/.test(value) || options.length < 1) return value;
    var year = String(parseInt(value, 10));
    if (options.some(function (o) { return o.value === year; })) return year;
    var copy = options[options.length - 1].cloneNode(false);
    copy.removeAttribute('selected');
    copy.value = year;
    copy.textContent = year;
    var later = options.filter(function (o) { return o.value && parseInt(o.value, 10) > +year; })[0];
    select.insertBefore(copy, later || null);
    return year;
  }

  var params = new URLSearchParams(location.search);
  choose(topic, params.get('topic'));
  choose(from, addYear(from, params.get('from')));
  choose(to, addYear(to, params.get('to')));
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  if (!isDefault()) apply();
})();
