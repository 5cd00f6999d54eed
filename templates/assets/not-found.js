// The 404 page's "Did you mean": for a pair or country address that has no page, the closest
// addresses the site has, by edit distance, with the names either way round and the parties'
// other spellings (codes, aliases, former names). The list comes from known-addresses.json, which
// the build writes; without JavaScript the page keeps its search form and links.
(function () {
  "use strict";
  var box = document.querySelector('[data-addresses]');
  if (!box || !window.fetch) return;
  var base = box.getAttribute("data-base");
  var path;
  try { path = decodeURIComponent(location.pathname); } catch (e) { return; }
  if (path.indexOf(base) !== 0) return;
  var match = /^(relations|countries)\/([^\/]+)/.exec(path.slice(base.length));
  if (!match) return;
  var kind = match[1];
  var typed = slugify(match[2]);
  if (!typed) return;

  fetch(box.getAttribute("data-addresses"))
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (known) {
      var found = kind === "countries" ? countries(known, typed) : pairs(known, typed);
      if (found.length) show(found);
    })
    .catch(function () { /* the search form and links are still there */ });

  /** As Slugs.slugify: accents dropped, apostrophes joined, anything else between words a hyphen. */
  function slugify(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['\u2019]/g, "")
      .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  /** Optimal string alignment distance, as text/EditDistance: a swap of two letters counts once. */
  function distance(a, b) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
        rows[i].push(d);
      }
    }
    return rows[a.length][b.length];
  }

  /** How far off a typed word may be: a typo or two, more for longer words. */
  function limit(word) {
    return Math.max(1, Math.min(4, Math.floor(word.length / 4)));
  }

  function slugOf(party) {
    return party[0].replace(/\/$/, "").split("/").pop();
  }

  /** The party a part of an address names: its slug or one of its keys exactly, else the closest within the limit. */
  function party(known, word) {
    var best = null;
    known.countries.forEach(function (p, index) {
      [slugOf(p)].concat(p[2]).forEach(function (key) {
        var d = distance(word, key);
        if (d <= limit(word) && (!best || d < best.score)) best = { index: index, score: d };
      });
    });
    return best;
  }

  function countries(known, word) {
    var found = [];
    known.countries.forEach(function (p, index) {
      var score = Infinity;
      [slugOf(p)].concat(p[2]).forEach(function (key) { score = Math.min(score, distance(word, key)); });
      if (score <= limit(word)) found.push({ url: p[0], name: p[1], score: score });
    });
    return ranked(found);
  }

  function pairs(known, word) {
    var byParties = {};
    var best = {};
    known.pairs.forEach(function (pair) {
      byParties[pair[0] + "," + pair[1]] = pair;
      byParties[pair[1] + "," + pair[0]] = pair;
      var a = slugOf(known.countries[pair[0]]);
      var b = slugOf(known.countries[pair[1]]);
      consider(pair, Math.min(distance(word, a + "-" + b), distance(word, b + "-" + a)), limit(word));
    });
    // "ussr-algeria", "algerie-russia": each side read as a party, at every hyphen the address could split.
    for (var i = word.indexOf("-"); i > 0; i = word.indexOf("-", i + 1)) {
      var left = party(known, word.slice(0, i));
      var right = party(known, word.slice(i + 1));
      if (!left || !right || left.index === right.index) continue;
      var pair = byParties[left.index + "," + right.index];
      if (pair) consider(pair, left.score + right.score, Infinity);
    }
    function consider(pair, score, max) {
      if (score > max) return;
      var url = pair[2];
      if (!best[url] || score < best[url].score) {
        best[url] = { url: url, name: known.countries[pair[0]][1] + "\u2013" + known.countries[pair[1]][1], score: score };
      }
    }
    return ranked(Object.keys(best).map(function (url) { return best[url]; }));
  }

  function ranked(found) {
    return found.sort(function (a, b) { return a.score - b.score || a.name.localeCompare(b.name); }).slice(0, 3);
  }

  function show(found) {
    var links = box.querySelector('[data-suggestions]');
    found.forEach(function (f, n) {
      if (n > 0) links.appendChild(document.createTextNode(n === found.length - 1 ? " or " : ", "));
      var a = document.createElement("a");
      a.href = f.url;
      a.textContent = f.name;
      links.appendChild(a);
    });
    box.hidden = false;
  }
})();
