/* Relations Timeline: search in the browser, with no server.
 *
 * Reads the index the build writes under search/ (see SearchIndex.java): the manifest first, then,
 * side by side, the group of each word typed (its exact form, the longer words it begins, its
 * variants and typos are all in it) and the facet lists of the filters chosen, then, side by side,
 * the display files of the results on screen (what a result shows, the body for its snippet
 * included). A query is read with the rules the manifest carries (SearchTokenizer.queryRules and
 * SearchVariants.rules in Java), so the script keeps no copy of them.
 *
 * The markup is the theme's: a result is a copy of the page's <template data-search-result>, filled
 * through its data-result-* slots with textContent and href only (the index holds data, never
 * markup), and every message is a data-message-* attribute of the status element.
 *
 * The page's elements are found by data-* attributes, never by class or id, so a theme can restyle
 * and rearrange them: data-search-form (its data-search-index names the manifest),
 * data-search-query (the words), data-search-filter="country|with|topic|type|class|from|to" (each
 * optional),
 * data-search-status, data-search-results, data-search-more and data-search-unavailable. */
(function () {
  'use strict';

  var form = document.querySelector('[data-search-form]');
  var resultTemplate = document.querySelector('template[data-search-result]');
  if (!form || !resultTemplate || !window.fetch || !window.Map || !String.prototype.normalize) return;
  try {
    new RegExp('\\p{L}', 'u');
  } catch (e) {
    return; // no Unicode property escapes: leave the page as it reads without JavaScript
  }

  var PAGE = 10;

  var unavailable = document.querySelector('[data-search-unavailable]');
  var input = form.querySelector('[data-search-query]');
  var fields = {};
  form.querySelectorAll('[data-search-filter]').forEach(function (select) {
    fields[select.getAttribute('data-search-filter')] = select;
  });
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var more = document.querySelector('[data-search-more]');
  var resultPattern = resultTemplate.content.firstElementChild;
  var manifestUrl = form.getAttribute('data-search-index');
  var folder = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);

  var manifest = null;
  var queryWords = null;
  var foldText = null;
  var files = new Map();
  var sequence = 0;
  var timer = 0;
  var current = { ids: [], shown: 0, marks: new Set() };

  /* A query's words, read by the manifest's rules step for step as SearchTokenizer.queryTerms reads
   * them. Lengths count code points, as Java's codePointCount does. */
  function queryReader(rules) {
    var marks = new RegExp(rules.marks, 'gu');
    var separator = new RegExp(rules.separator, 'u');

    function fold(text) {
      var s = text.normalize(rules.normalization).replace(marks, '').toLowerCase();
      rules.folds.forEach(function (f) { s = s.split(f[0]).join(f[1]); });
      return s;
    }

    foldText = fold;
    return function (text) {
      var out = [];
      fold(text).split(separator).forEach(function (word) {
        if (out.length === rules.maxWords) return;
        var chars = Array.from(word).slice(0, rules.maxLength);
        word = chars.join('');
        if (chars.length >= rules.minLength && out.indexOf(word) < 0) out.push(word);
      });
      return out;
    };
  }

  /* One file of the index, fetched once per page view; the version keeps caches honest. */
  function load(path, asText) {
    if (!files.has(path)) {
      files.set(path, fetch(folder + path + '?v=' + encodeURIComponent(manifest.version)).then(function (r) {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return asText ? r.text() : r.json();
      }));
    }
    return files.get(path);
  }

  function decode(text) {
    var ids = [];
    if (text.charAt(0) === 'd') {
      if (text.length === 1) return ids;
      var id = 0;
      text.slice(1).split(',').forEach(function (gap) {
        id += parseInt(gap, 36);
        ids.push(id);
      });
      return ids;
    }
    var colon = text.indexOf(':');
    var start = parseInt(text.slice(1, colon), 36);
    var bytes = atob(text.slice(colon + 1).replace(/-/g, '+').replace(/_/g, '/'));
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes.charCodeAt(i);
      for (var bit = 0; bit < 8; bit++) if (b >> bit & 1) ids.push(start + i * 8 + bit);
    }
    return ids;
  }

  /* The groups to load for a word: the one whose start is the longest that begins the word's
   * skeleton, and, when they are few enough for the word to match as a prefix, the deeper ones
   * holding longer words it begins (a skeleton shorter than their start). */
  function groupsOf(skel) {
    var own = -1;
    var deeper = [];
    manifest.groups.forEach(function (start, i) {
      if (skel.lastIndexOf(start, 0) === 0 && (own < 0 || start.length > manifest.groups[own].length)) own = i;
      if (start.length > skel.length && start.lastIndexOf(skel, 0) === 0) deeper.push(i);
    });
    var prefix = (own < 0 ? 0 : 1) + deeper.length <= manifest.prefixGroups;
    var load = own < 0 ? [] : [own];
    return { load: prefix ? load.concat(deeper) : load, prefix: prefix };
  }

  /* Entries holding a word, or a word that starts with it, and its variants and typos: all from
   * the word's group. found: [ids, tier] pairs (0 exact or prefix, 1 variant or one edit,
   * 2 two edits); terms: each indexed word matched, with its tier. */
  function matchWord(word) {
    var skel = skeleton(word);
    var g = groupsOf(skel);
    return Promise.all(g.load.map(function (i) { return load('groups/' + i + '.json'); })).then(function (groups) {
      var m = { found: [], title: [], prefix: g.prefix, terms: new Map() };
      groups.forEach(function (group) {
        Object.keys(group).forEach(function (term) {
          if (g.prefix ? term.lastIndexOf(word, 0) !== 0 : term !== word) return;
          var lists = group[term];
          var ids = decode(lists[0]);
          m.found.push([ids, 0]);
          m.terms.set(term, 0);
          if (lists.length > 1) m.title.push(lists[1] === '=' ? ids : decode(lists[1]));
        });
      });
      return variants(word, skel, groups, m);
    });
  }

  /* The skeleton of a folded word, by the manifest's rules (SearchVariants.skeleton in Java). */
  function skeleton(word) {
    var rules = manifest.variants;
    var s = word;
    rules.replace.forEach(function (r) { s = s.split(r[0]).join(r[1]); });
    var out = '';
    var previous = null;
    Array.from(s).forEach(function (c, i) {
      var keep = i === 0 || rules.vowels.indexOf(c) < 0;
      if (keep && c !== previous) out += c;
      if (keep) previous = c;
    });
    return out;
  }

  var LETTERS = /^\p{L}+$/u;

  function allowedEdits(word) {
    if (!LETTERS.test(word)) return 0;
    var n = Array.from(word).length;
    return n >= manifest.variants.twoTyposLetters ? 2 : n >= manifest.variants.typoMinLetters ? 1 : 0;
  }

  /* Edits between a and b (insert, delete, substitute, swap two neighbours), over UTF-16 units as
   * Java's EditDistance counts them; bound + 1 when more than bound. */
  function distance(a, b, bound) {
    if (Math.abs(a.length - b.length) > bound) return bound + 1;
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
        rows[i].push(v);
      }
    }
    return Math.min(rows[a.length][b.length], bound + 1);
  }

  /* How far below an exact match term matches word, and how many edits away it is: [1, d] for a
   * variant or one edit, [2, 2] for two edits, null for none (SearchVariants.rank in Java). */
  function rank(word, skeletonOfWord, term) {
    var rules = manifest.variants;
    if (term === word || !LETTERS.test(term)) return null;
    var allowed = allowedEdits(word);
    if (allowed === 0) return null;
    var d = distance(word, term, Math.max(allowed, rules.variantMaxEdits));
    var variant = d <= rules.variantMaxEdits && Array.from(skeletonOfWord).length >= rules.skeletonMin
        && Array.from(word).length >= rules.variantMinLetters && skeleton(term) === skeletonOfWord;
    if (variant) return [1, d];
    return d <= allowed ? [d, d] : null;
  }

  /* Variants and typos of a word: every other word of its groups within the rules. */
  function variants(word, skel, groups, m) {
    if (allowedEdits(word) === 0) return m;
    groups.forEach(function (group) {
      Object.keys(group).forEach(function (term) {
        if (m.terms.has(term)) return;
        var r = rank(word, skel, term);
        if (r === null) return;
        m.found.push([decode(group[term][0]), r[0]]);
        m.terms.set(term, r[0]);
      });
    });
    return m;
  }

  function slugIndex(rows, value) {
    for (var i = 0; i < rows.length; i++) if (rows[i][0] === value) return i;
    return -1;
  }

  /* A filter's value; a theme may leave any filter out of its form. */
  function filterValue(name) {
    return fields[name] ? fields[name].value : '';
  }

  /* The current form as a query: words, and the filters that name something the index knows. */
  function readForm() {
    var q = {
      text: input.value,
      words: queryWords(input.value),
      parties: [],
      topic: -1,
      type: -1,
      kind: -1,
      from: parseInt(filterValue('from'), 10),
      to: parseInt(filterValue('to'), 10)
    };
    [filterValue('country'), filterValue('with')].forEach(function (slug) {
      var i = slug ? slugIndex(manifest.parties, slug) : -1;
      if (i >= 0 && q.parties.indexOf(i) < 0) q.parties.push(i);
    });
    if (filterValue('topic')) q.topic = slugIndex(manifest.topics, filterValue('topic'));
    if (filterValue('type')) q.type = slugIndex(manifest.types, filterValue('type'));
    if (filterValue('class')) q.kind = manifest.classes.indexOf(filterValue('class'));
    if (q.from > q.to) {
      var t = q.from;
      q.from = q.to;
      q.to = t;
    }
    return q;
  }

  /* The ids of a year range: entries are numbered newest first, so a range of years is a range of ids. */
  function yearRange(from, to) {
    var lo = 0;
    var hi = manifest.entries;
    manifest.years.forEach(function (row, i) {
      var next = i + 1 < manifest.years.length ? manifest.years[i + 1][1] : manifest.entries;
      if (!isNaN(to) && row[0] > to) lo = next;
      if (!isNaN(from) && row[0] < from && hi === manifest.entries) hi = row[1];
    });
    return [lo, Math.max(lo, hi)];
  }

  function search(q) {
    var n = manifest.entries;
    var filtered = q.parties.length > 0 || q.topic >= 0 || q.type >= 0 || q.kind >= 0 || !isNaN(q.from) || !isNaN(q.to);
    if (q.words.length === 0 && !filtered) return Promise.resolve(null);
    var wordLoads = q.words.map(matchWord);
    var facetLoads = q.parties.map(function (i) { return load('facets/p' + i + '.txt', true); });
    if (q.topic >= 0) facetLoads.push(load('facets/t' + q.topic + '.txt', true));
    if (q.type >= 0) facetLoads.push(load('facets/y' + q.type + '.txt', true));
    if (q.kind >= 0) facetLoads.push(load('facets/c' + q.kind + '.txt', true));
    return Promise.all([Promise.all(wordLoads), Promise.all(facetLoads)]).then(function (loaded) {
      var hits = new Uint8Array(n);
      var score = new Uint8Array(n);
      var penalty = new Uint8Array(n);
      var needed = 0;
      var whole = [];
      var marks = new Set();
      loaded[0].forEach(function (m, w) {
        if (!m.prefix) whole.push(q.words[w]);
        m.terms.forEach(function (t, term) { marks.add(term); });
        // seen: 1 + the best tier that matched the entry, 0 when none did.
        var seen = new Uint8Array(n);
        m.found.forEach(function (f) {
          f[0].forEach(function (id) { if (!seen[id] || seen[id] > f[1] + 1) seen[id] = f[1] + 1; });
        });
        seen.forEach(function (v, id) {
          if (!v) return;
          hits[id]++;
          if (penalty[id] < 250) penalty[id] += v - 1;
        });
        m.title.forEach(function (ids) { ids.forEach(function (id) { if (score[id] < 255) score[id]++; }); });
        needed++;
      });
      loaded[1].forEach(function (text) {
        decode(text).forEach(function (id) { hits[id]++; });
        needed++;
      });
      var range = yearRange(q.from, q.to);
      var ids = [];
      for (var id = range[0]; id < range[1]; id++) if (hits[id] === needed) ids.push(id);
      // Exact and prefix matches first, then variants and typos; within those title matches first,
      // then newest first (ids are in timeline order).
      ids.sort(function (a, b) { return penalty[a] - penalty[b] || score[b] - score[a] || a - b; });
      return { ids: ids, whole: whole, marks: marks, matched: loaded[0].map(function (m) { return m.terms; }) };
    });
  }

  function row(id) {
    return load('entries/' + Math.floor(id / manifest.chunk) + '.json').then(function (chunk) {
      return chunk[id % manifest.chunk];
    });
  }

  /* The words of shown text, as the index reads them (apostrophes inside a word kept). */
  var WORD = /[\p{L}\p{N}\p{M}'\u2019]+/gu;

  /* True when a word of shown text is one the query matched: folded as the index folds it, whole,
   * by its parts at apostrophes, or joined. */
  function isMarked(word, marks) {
    var parts = foldText(word).split(/['\u2019]+/).map(function (p) {
      return Array.from(p).slice(0, manifest.query.maxLength).join('');
    });
    if (parts.length > 1) parts.push(parts.join(''));
    return parts.some(function (p) { return marks.has(p); });
  }

  /* Fills el with text, each matched word in a <mark>: built with text nodes, never parsed as HTML. */
  function highlight(el, text, marks) {
    el.textContent = '';
    var at = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (!isMarked(m[0], marks)) continue;
      if (m.index > at) el.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      el.appendChild(mark);
      at = m.index + m[0].length;
    }
    if (at < text.length) el.appendChild(document.createTextNode(text.slice(at)));
  }

  var SNIPPET_BEFORE = 60;
  var SNIPPET_AFTER = 160;

  /* The part of a body around its first matched word, cut at spaces, or null when none matches. */
  function snippet(text, marks) {
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null && !isMarked(m[0], marks)) { /* next word */ }
    if (m === null) return null;
    var start = Math.max(0, m.index - SNIPPET_BEFORE);
    var end = Math.min(text.length, m.index + m[0].length + SNIPPET_AFTER);
    if (start > 0) start = text.indexOf(' ', start) + 1 || m.index;
    if (start > m.index) start = m.index;
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      if (space > m.index + m[0].length) end = space;
    }
    return (start > 0 ? '\u2026 ' : '') + text.slice(start, end) + (end < text.length ? ' \u2026' : '');
  }

  /* Calls fill on root and each element in it that carries the slot attribute. */
  function eachSlot(root, slot, fill) {
    if (root.hasAttribute(slot)) fill(root);
    root.querySelectorAll('[' + slot + ']').forEach(fill);
  }

  function firstSlot(root, slot) {
    return root.hasAttribute(slot) ? root : root.querySelector('[' + slot + ']');
  }

  /* A list slot: its data-result-item is repeated for each [slug, name, url] row, with the list's
   * data-separator between copies; a list with no rows is removed, as the page shows no empty lists. */
  function fillList(list, rows) {
    var item = firstSlot(list, 'data-result-item');
    if (rows.length === 0 || !item) {
      list.remove();
      return;
    }
    var separator = list.getAttribute('data-separator');
    rows.forEach(function (row, i) {
      if (i > 0 && separator) item.before(separator);
      var copy = item.cloneNode(true);
      eachSlot(copy, 'data-item-url', function (el) { el.setAttribute('href', row[2]); });
      eachSlot(copy, 'data-item-name', function (el) { el.textContent = row[1]; });
      item.before(copy);
    });
    item.remove();
  }

  function result(r, id, marks) {
    // r: [title, url, iso date, shown date, [party], [topic], summary, body]
    var node = document.importNode(resultPattern, true);
    eachSlot(node, 'data-result-url', function (el) { el.setAttribute('href', r[1]); });
    eachSlot(node, 'data-result-title', function (el) { highlight(el, r[0], marks); });
    eachSlot(node, 'data-result-date', function (el) {
      el.textContent = r[3];
      if (el.localName === 'time') el.setAttribute('datetime', r[2]);
    });
    eachSlot(node, 'data-result-summary', function (el) {
      if (r[6]) highlight(el, r[6], marks); else el.remove();
    });
    // The snippet: the part of the body around its first matched word, when one is in it.
    var s = snippet(r[7], marks);
    eachSlot(node, 'data-result-snippet', function (el) {
      if (s === null) el.remove(); else highlight(el, s, marks);
    });
    eachSlot(node, 'data-result-parties', function (el) {
      fillList(el, r[4].map(function (p) { return manifest.parties[p]; }));
    });
    eachSlot(node, 'data-result-topics', function (el) {
      fillList(el, r[5].map(function (t) { return manifest.topics[t]; }));
    });
    return node;
  }

  /* The theme's message NAME (the status element's data-message-NAME), {key} filled from values. */
  function message(name, values) {
    var text = status.getAttribute('data-message-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return values && key in values ? String(values[key]) : whole;
    });
  }

  function countMessage(found) {
    var n = found.ids.length;
    var text = message(n === 0 ? 'none' : n === 1 ? 'one' : 'many', { count: n });
    return found.whole.length ? text + ' ' + message('whole-word', { word: found.whole[0] }) : text;
  }

  function showMore(seq) {
    var slice = current.ids.slice(current.shown, current.shown + PAGE);
    return Promise.all(slice.map(row)).then(function (rows) {
      if (seq !== sequence) return;
      rows.forEach(function (r, i) { list.appendChild(result(r, slice[i], current.marks)); });
      current.shown += rows.length;
      more.hidden = current.shown >= current.ids.length;
    });
  }

  function run() {
    var seq = ++sequence;
    return ready.then(function () {
      if (seq !== sequence) return null;
      var q = readForm();
      remember();
      return search(q).then(function (found) {
        if (seq !== sequence) return;
        list.textContent = '';
        more.hidden = true;
        if (found === null) {
          current = { ids: [], shown: 0, marks: new Set() };
          status.textContent = message('idle');
          return;
        }
        current = { ids: found.ids, shown: 0, marks: found.marks };
        status.textContent = countMessage(found);
        return showMore(seq);
      });
    }).catch(function () {
      if (seq !== sequence || manifest === null) return;
      status.textContent = message('part-unavailable');
      unavailable.hidden = false;
    });
  }

  /* Keeps the query in the address, so a search can be bookmarked and shared. */
  function remember() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    Object.keys(fields).forEach(function (k) { if (fields[k].value) params.set(k, fields[k].value); });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  /* A year in the address that no event has still bounds the search: it gets an option of its own
     (a copy of one of the page's year options), in order, so that ?from=2015&to=2020 finds nothing
     when no event is of those years, instead of ignoring them. */
  function addYear(select, value) {
    var options = Array.prototype.slice.call(select.options);
    if (!/^\d{1,4}$/.test(value) || options.length < 2) return value;
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

  function restore() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(fields).forEach(function (k) {
      var v = params.get(k);
      if (v && (k === 'from' || k === 'to')) v = addYear(fields[k], v);
      if (v && Array.prototype.some.call(fields[k].options, function (o) { return o.value === v; })) fields[k].value = v;
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  }

  // The form works from the start: what is typed while the manifest loads is searched once it is in.
  var ready = fetch(manifestUrl, { cache: 'no-cache' }).then(function (r) {
    if (!r.ok) throw new Error('manifest: HTTP ' + r.status);
    return r.json();
  }).then(function (m) {
    queryWords = queryReader(m.query);
    manifest = m;
  });
  // The query reader, for theme scripts and for the test that holds it to SearchTokenizer.
  window.relationsTimelineSearch = {
    queryWords: function (text) {
      return ready.then(function () { return queryWords(text); });
    },
    /* What a query of words alone finds: the ids in order, and per word each indexed word it
       matched with its tier (0 exact or prefix, 1 variant or one edit, 2 two edits). */
    matches: function (text) {
      return ready.then(function () {
        return search({ words: queryWords(text), parties: [], topic: -1, type: -1, kind: -1, from: NaN, to: NaN });
      }).then(function (found) {
        if (found === null) return { ids: [], matched: [] };
        return {
          ids: found.ids,
          matched: found.matched.map(function (terms) {
            var o = {};
            terms.forEach(function (t, term) { o[term] = t; });
            return o;
          })
        };
      });
    },
    skeleton: function (word) {
      return ready.then(function () { return skeleton(word); });
    }
  };
  ready.catch(function () {
    form.hidden = true;
    unavailable.hidden = false;
    status.textContent = message('unavailable');
  });
  restore();
  unavailable.hidden = true;
  form.hidden = false;
  status.textContent = message('loading');
  input.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.addEventListener('reset', function () {
    setTimeout(run, 0);
  });
  more.addEventListener('click', function () {
    var first = current.shown;
    showMore(sequence).then(function () {
      var next = list.children[first];
      var target = next && firstSlot(next, 'data-result-url');
      if (target) target.focus();
    });
  });
  run();
})();
