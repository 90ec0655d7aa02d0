// The article viewer: highlights from offsets (JS string indices, converted from Python's in report.py).
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var byId = {};
  D.articles.forEach(function (a) { byId[a.id] = a; });
  var KIND_FA = { direct: "مستقیم", indirect: "غیرمستقیم", mixed: "آمیخته", according_to: "به نقل از" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function fmt(v) { return v === null || v === undefined ? "" : Number(v).toLocaleString("en-US", { maximumFractionDigits: 4 }); }
  function quoteTitle(q) {
    return q[2].replace("_", " ") + " quotation — speaker: " + (q[3] || "?") + " — cue: " + (q[5] || "?");
  }
  function claimValue(c) {
    return fmt(c[3]) + (c[4] !== null && c[4] !== undefined ? "–" + fmt(c[4]) : "") + (c[5] ? " " + c[5] : "");
  }
  function claimTitle(c) {
    return c[2] + " claim: " + claimValue(c) + " (" + c[6] + ")" + (c[8] ? " — speaker: " + c[8] : "") + (c[7] ? " — subject: " + c[7] : "");
  }

  // Split the text at every span boundary; each piece is wrapped by the innermost quote and claim covering it.
  function segments(a) {
    var cuts = [0, a.text.length];
    a.q.forEach(function (q) { cuts.push(q[0], q[1]); });
    a.c.forEach(function (c) { cuts.push(c[0], c[1]); });
    cuts = cuts.filter(function (x, i, arr) { return arr.indexOf(x) === i; }).sort(function (x, y) { return x - y; });
    var out = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var s = cuts[i], e = cuts[i + 1], qi = -1, ci = -1;
      a.q.forEach(function (q, k) { if (q[0] <= s && e <= q[1] && (qi < 0 || q[1] - q[0] < a.q[qi][1] - a.q[qi][0])) qi = k; });
      a.c.forEach(function (c, k) { if (c[0] <= s && e <= c[1] && (ci < 0 || c[1] - c[0] < a.c[ci][1] - a.c[ci][0])) ci = k; });
      out.push([s, e, qi, ci]);
    }
    return out;
  }

  function render(a) {
    var box = document.getElementById("article");
    box.textContent = "";
    segments(a).forEach(function (seg) {
      var node = document.createTextNode(a.text.slice(seg[0], seg[1]));
      if (seg[3] >= 0) {
        var c = a.c[seg[3]], span = el("span", "c c-" + c[2]);
        span.dataset.c = seg[3]; span.title = claimTitle(c); span.appendChild(node); node = span;
      }
      if (seg[2] >= 0) {
        var q = a.q[seg[2]], mark = el("mark", "q q-" + q[2]);
        mark.dataset.q = seg[2]; mark.title = quoteTitle(q); mark.appendChild(node); node = mark;
      }
      box.appendChild(node);
    });
    var chain = document.getElementById("chain");
    chain.textContent = "";
    chain.appendChild(el("span", "", "Source chain: "));
    (a.sources.length ? a.sources : ["(none found)"]).forEach(function (s, i) {
      if (i) chain.appendChild(el("span", "arrow", "← citing"));
      chain.appendChild(el("span", "src", s));
    });
    var meta = [a.outlet, a.date, a.file, a.id].filter(Boolean).join(" · ");
    chain.appendChild(el("div", "note", meta + " · " + a.q.length + " quotations, " + a.c.length + " claims"));
    if (a.url) { var link = el("a", "", "original"); link.href = a.url; link.rel = "noreferrer"; chain.appendChild(link); }
    document.getElementById("panel").innerHTML = '<p class="note">Click a highlighted quotation or a marked claim.</p>';
    document.querySelectorAll("#article-list li").forEach(function (li) { li.classList.toggle("active", li.dataset.id === a.id); });
    current = a;
  }

  function details(pairs, heading) {
    var panel = document.getElementById("panel");
    panel.textContent = "";
    panel.appendChild(el("h4", "", heading));
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") return;
      dl.appendChild(el("dt", "", p[0])); dl.appendChild(el("dd", "", String(p[1])));
    });
    panel.appendChild(dl);
  }

  var current = null;
  // Show one quotation ("q") or claim ("c") of the current article in the side panel, and outline it.
  function select(type, i) {
    var a = current;
    document.querySelectorAll("#article .selected").forEach(function (x) { x.classList.remove("selected"); });
    document.querySelectorAll("#article [data-" + type + '="' + i + '"]').forEach(function (x) { x.classList.add("selected"); });
    if (type === "c") {
      var c = a.c[i];
      details([["kind", c[2]], ["value", claimValue(c)], ["qualifier", c[6]], ["subject", c[7]], ["speaker", c[8]],
               ["text", a.text.slice(c[0], c[1])], ["in quotation", c[9] >= 0 ? a.text.slice(a.q[c[9]][0], a.q[c[9]][1]) : null],
               ["claim track", c[10]], ["claim_id", c[11]]], "Numeric claim");
    } else {
      var q = a.q[i];
      var inside = a.c.filter(function (c) { return c[0] >= q[0] && c[1] <= q[1]; }).map(claimValue).join("; ");
      details([["kind", q[2].replace("_", " ") + " (" + KIND_FA[q[2]] + ")"], ["speaker", q[3]], ["mention", q[4]], ["cue", q[5]],
               ["content", a.text.slice(q[0], q[1])], ["claims inside", inside], ["quote track", q[6]], ["quote_id", q[7]]], "Quotation");
    }
  }
  document.getElementById("article").addEventListener("click", function (ev) {
    if (!current) return;
    var cEl = ev.target.closest("[data-c]"), qEl = ev.target.closest("[data-q]");
    if (cEl) select("c", +cEl.dataset.c);
    else if (qEl) select("q", +qEl.dataset.q);
  });
  var records = {};
  D.articles.forEach(function (a) {
    a.q.forEach(function (q, i) { records[q[7]] = [a, "q", i]; });
    a.c.forEach(function (c, i) { records[c[11]] = [a, "c", i]; });
  });

  var list = document.getElementById("article-list");
  D.articles.forEach(function (a) {
    var li = el("li");
    li.dataset.id = a.id;
    li.dataset.search = (a.title + " " + a.file + " " + a.id + " " + a.q.map(function (q) { return q[3]; }).join(" ")).toLowerCase();
    li.appendChild(el("span", "n", a.q.length + "q " + a.c.length + "c"));
    li.appendChild(document.createTextNode(a.title || a.file));
    li.addEventListener("click", function () { location.hash = "a-" + a.id; });
    list.appendChild(li);
  });
  document.getElementById("search").addEventListener("input", function (ev) {
    var needle = ev.target.value.trim().toLowerCase();
    list.querySelectorAll("li").forEach(function (li) { li.style.display = !needle || li.dataset.search.indexOf(needle) >= 0 ? "" : "none"; });
  });

  // #a-<article_id> opens an article; #r-<quote_id or claim_id> opens its article and selects it.
  function fromHash(scroll) {
    var m = /^#([ar])-(.+)$/.exec(location.hash), id = m && decodeURIComponent(m[2]);
    var rec = m && (m[1] === "a" ? (byId[id] ? [byId[id]] : null) : records[id]);
    if (!rec) return false;
    render(rec[0]);
    if (rec[1]) select(rec[1], rec[2]);
    if (scroll) document.getElementById("viewer").scrollIntoView();
    return true;
  }
  window.addEventListener("hashchange", function () { fromHash(true); });
  if (!fromHash(true) && D.articles.length) render(byId[D.start] || D.articles[0]);
})();
