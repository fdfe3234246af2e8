/* conflictmap: the timeline under the map (#timeline: events per day stacked by type, a brush that
 * sets the date filter, a play button that steps through the days) and the "Latest" list beside it
 * (#latest: newest first, hover highlights the event on the map, click opens its popup).
 * Both only report what the reader does; conflictmap.js owns the filters, the URL and the markers. */
(function () {
  "use strict";
  var cm = (window.conflictmap = window.conflictmap || { ready: false, errors: [] });
  var DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var SVGNS = "http://www.w3.org/2000/svg";

  function dayNumber(text) {
    if (!text || text.length < 10) return null;
    var t = Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10));
    return isNaN(t) ? null : Math.round(t / DAY);
  }
  function dayText(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  function dayLabel(n, withYear) {
    var d = new Date(n * DAY);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + (withYear ? " " + d.getUTCFullYear() : "");
  }
  cm.dayNumber = dayNumber;
  cm.dayText = dayText;

  function esc(value) {
    return String(value === null || value === undefined ? "" : value)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* opts: events (the payload columns), colours (per type index), isActive(typeIndex),
   * onDates(startText|null, endText|null), narrow, latestToggle (element or null). */
  cm.Timeline = function (root, opts) {
    var E = opts.events, S = E.strings, nTypes = E.types.length;
    // Each event's day, through its date string (dates repeat: one parse per distinct date).
    var byString = {}, days = new Int32Array(E.n), lo = Infinity, hi = -Infinity;
    for (var i = 0; i < E.n; i++) {
      var s = E.date[i];
      var d = s in byString ? byString[s] : (byString[s] = dayNumber(S[s]));
      days[i] = d === null ? -1 : d;
      if (d !== null) { if (d < lo) lo = d; if (d > hi) hi = d; }
    }
    var empty = lo === Infinity;
    if (empty) { lo = hi = Math.round(Date.now() / DAY); }
    var span = hi - lo + 1;
    // A bar per day; a per-week or per-month bar once a day would be thinner than a pixel or two.
    var binDays = span <= 400 ? 1 : span <= 2800 ? 7 : 30;
    var nBins = Math.ceil(span / binDays);
    var counts = new Int32Array(nBins * nTypes);
    var sel = null; // [startDay, endDay] or null = all dates
    var playing = null;

    root.innerHTML =
      '<div class="cm-tl-head">' +
      '<button type="button" class="cm-play" aria-pressed="false" title="Step through the days">' +
      '<span aria-hidden="true">▶</span> Play</button>' +
      '<output class="cm-tl-range" aria-live="polite"></output>' +
      '<button type="button" class="cm-tl-clear">All dates</button>' +
      (opts.latestToggle ? '<button type="button" class="cm-latest-toggle" aria-expanded="false" aria-controls="latest">Latest</button>' : "") +
      "</div>" +
      '<div class="cm-tl-plot"><svg class="cm-tl-svg" tabindex="0" role="img" aria-label="Events per ' +
      (binDays === 1 ? "day" : binDays === 7 ? "week" : "month") +
      ', by type; drag to choose dates, or use the left and right arrow keys (Shift widens, Escape clears)"></svg>' +
      '<div class="cm-tl-tip" hidden></div></div>';
    var svg = root.querySelector("svg"), tip = root.querySelector(".cm-tl-tip");
    var rangeOut = root.querySelector(".cm-tl-range"), playBtn = root.querySelector(".cm-play");
    var W = 0, H = 0, AXIS = 14;

    function binOf(day) { return Math.floor((day - lo) / binDays); }
    function xOfDay(day) { return ((day - lo) / (nBins * binDays)) * W; }
    function dayOfX(x) { return lo + Math.floor(Math.max(0, Math.min(W - 0.01, x)) / W * nBins) * binDays; }

    // The bars count what the markers show, bar the dates (the brush shows those): the type layers and
    // the other filters (opts.includes: verified-only) both apply.
    function counted(i) {
      return days[i] >= 0 && opts.isActive(E.type[i]) && (!opts.includes || opts.includes(i));
    }

    function recount() {
      counts.fill(0);
      for (var i = 0; i < E.n; i++) {
        if (!counted(i)) continue;
        counts[binOf(days[i]) * nTypes + E.type[i]] += E.w ? E.w[i] : 1;
      }
    }

    function draw() {
      var box = svg.getBoundingClientRect();
      W = Math.max(50, box.width);
      H = Math.max(30, box.height);
      svg.setAttribute("viewBox", "0 0 " + W + " " + H);
      var plotH = H - AXIS, max = 1;
      for (var b = 0; b < nBins; b++) {
        var tot = 0;
        for (var t = 0; t < nTypes; t++) tot += counts[b * nTypes + t];
        if (tot > max) max = tot;
      }
      var bw = W / nBins, gap = bw > 4 ? 1 : 0, paths = new Array(nTypes).fill(""), base = new Float64Array(nBins);
      for (t = 0; t < nTypes; t++) {
        for (b = 0; b < nBins; b++) {
          var c = counts[b * nTypes + t];
          if (!c) continue;
          var h = (c / max) * (plotH - 2);
          var y = plotH - base[b] - h;
          base[b] += h;
          paths[t] += "M" + (b * bw).toFixed(2) + " " + y.toFixed(2) + "h" + Math.max(0.6, bw - gap).toFixed(2) +
            "v" + h.toFixed(2) + "h-" + Math.max(0.6, bw - gap).toFixed(2) + "Z";
        }
      }
      var html = "";
      for (t = 0; t < nTypes; t++) {
        if (paths[t]) html += '<path class="cm-tl-bars" data-type="' + t + '" fill="' + opts.colours[t] + '" d="' + paths[t] + '"/>';
      }
      html += '<line x1="0" x2="' + W + '" y1="' + plotH + '" y2="' + plotH + '" class="cm-tl-axis"/>';
      // Ticks at bin edges, about one per 90 px.
      var every = Math.max(1, Math.ceil(nBins / Math.max(1, Math.floor(W / 90))));
      for (b = 0; b < nBins; b += every) {
        var x = b * bw;
        html += '<line x1="' + x + '" x2="' + x + '" y1="' + plotH + '" y2="' + (plotH + 3) + '" class="cm-tl-axis"/>' +
          '<text x="' + (x + 2) + '" y="' + (H - 2) + '" class="cm-tl-tick">' + dayLabel(lo + b * binDays, binDays >= 30 || b === 0) + "</text>";
      }
      html += '<rect class="cm-brush" y="0" height="' + plotH + '" x="0" width="0"/>';
      svg.innerHTML = html;
      drawBrush(sel);
    }

    function drawBrush(range) {
      var r = svg.querySelector(".cm-brush");
      if (!r) return;
      if (!range) { r.setAttribute("width", "0"); return; }
      var x0 = Math.max(0, xOfDay(range[0])), x1 = Math.min(W, xOfDay(range[1] + 1));
      r.setAttribute("x", String(x0));
      r.setAttribute("width", String(Math.max(2, x1 - x0)));
    }

    function selectionCount() {
      var total = 0;
      for (var i = 0; i < E.n; i++) {
        if (!counted(i)) continue;
        if (sel && (days[i] < sel[0] || days[i] > sel[1])) continue;
        total += E.w ? E.w[i] : 1; // at scale a row is a day × type × review state, weighing its count
      }
      return total;
    }

    function label() {
      var n = selectionCount();
      var what = n.toLocaleString("en-GB") + (n === 1 ? " event" : " events");
      if (!sel) rangeOut.textContent = "All dates · " + what;
      else if (sel[0] === sel[1]) rangeOut.textContent = dayLabel(sel[0], true) + " · " + what;
      else rangeOut.textContent = dayLabel(sel[0], false) + " – " + dayLabel(sel[1], true) + " · " + what;
    }

    // ---- brush: drag to choose a range, click for one bar ----
    var dragFrom = null, dragX = 0;
    function localX(ev) { return ev.clientX - svg.getBoundingClientRect().left; }
    svg.addEventListener("pointerdown", function (ev) {
      if (empty) return;
      stop();
      dragFrom = dayOfX(localX(ev));
      dragX = ev.clientX;
      svg.setPointerCapture(ev.pointerId);
      drawBrush([dragFrom, dragFrom + binDays - 1]);
    });
    svg.addEventListener("pointermove", function (ev) {
      var x = localX(ev), d = dayOfX(x);
      if (dragFrom !== null) {
        drawBrush([Math.min(dragFrom, d), Math.max(dragFrom, d) + binDays - 1]);
        return;
      }
      showTip(x, d);
    });
    svg.addEventListener("pointerleave", function () { tip.hidden = true; });
    svg.addEventListener("pointerup", function (ev) {
      if (dragFrom === null) return;
      var d = dayOfX(localX(ev));
      var a = Math.min(dragFrom, d), z = Math.max(dragFrom, d) + binDays - 1;
      if (Math.abs(ev.clientX - dragX) < 3) { a = dragFrom; z = dragFrom + binDays - 1; }
      dragFrom = null;
      commit([a, Math.min(z, hi)]);
    });

    function showTip(x, d) {
      var b = binOf(d);
      if (b < 0 || b >= nBins) { tip.hidden = true; return; }
      var parts = [], tot = 0;
      for (var t = 0; t < nTypes; t++) {
        var c = counts[b * nTypes + t];
        if (c) { parts.push(esc(E.types[t]) + " " + c); tot += c; }
      }
      var when = binDays === 1 ? dayLabel(d, true) : dayLabel(d, false) + " – " + dayLabel(d + binDays - 1, true);
      tip.innerHTML = "<b>" + when + "</b>: " + tot + (tot === 1 ? " event" : " events") + (parts.length ? "<br>" + parts.join(", ") : "");
      tip.hidden = false;
      tip.style.left = Math.min(Math.max(0, x - 60), W - 180) + "px";
    }

    function commit(range) {
      sel = range;
      drawBrush(sel);
      label();
      opts.onDates(sel ? dayText(sel[0]) : null, sel ? dayText(sel[1]) : null);
    }

    root.querySelector(".cm-tl-clear").addEventListener("click", function () { stop(); commit(null); });

    // Keyboard: arrows move the chosen bar (Shift+arrow widens or narrows the range), Escape clears.
    svg.addEventListener("keydown", function (ev) {
      if (empty) return;
      var left = ev.key === "ArrowLeft", right = ev.key === "ArrowRight";
      if (ev.key === "Escape") { stop(); commit(null); ev.preventDefault(); return; }
      if (!left && !right) return;
      ev.preventDefault();
      stop();
      var step = right ? binDays : -binDays;
      var cur = sel || [hi - ((hi - lo) % binDays), hi];
      if (!sel) { commit([Math.max(lo, cur[0]), cur[1]]); return; }
      var next = ev.shiftKey ? [cur[0], Math.max(cur[0] + binDays - 1, cur[1] + step)] : [cur[0] + step, cur[1] + step];
      if (next[0] < lo || next[0] > hi) return;
      commit([next[0], Math.min(next[1], hi)]);
    });

    // ---- play: a window (the brushed range, else one bar) moves a bar at a time ----
    function stop() {
      if (!playing) return;
      clearInterval(playing);
      playing = null;
      playBtn.setAttribute("aria-pressed", "false");
      playBtn.innerHTML = '<span aria-hidden="true">▶</span> Play';
    }
    function step() {
      var width = sel[1] - sel[0];
      var next = [sel[0] + binDays, sel[0] + binDays + width];
      if (next[0] > hi) { stop(); return; }
      commit(next);
    }
    playBtn.addEventListener("click", function () {
      if (playing) { stop(); return; }
      if (empty) return;
      if (!sel || (sel[0] <= lo && sel[1] >= hi) || sel[0] >= hi) commit([lo, lo + binDays - 1]);
      playBtn.setAttribute("aria-pressed", "true");
      playBtn.innerHTML = '<span aria-hidden="true">❚❚</span> Pause';
      playing = setInterval(step, opts.stepMs || 900);
    });

    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(draw, 100);
    });

    return {
      // The filters changed elsewhere (date boxes, URL, type layers): follow them.
      update: function (start, end) {
        var a = dayNumber(start), z = dayNumber(end);
        sel = a === null && z === null ? null : [a === null ? lo : a, z === null ? hi : z];
        recount();
        draw();
        label();
      },
      count: selectionCount,
      bins: function () { return { first: dayText(lo), last: dayText(hi), binDays: binDays, n: nBins }; },
      selection: function () { return sel ? [dayText(sel[0]), dayText(sel[1])] : null; },
      playing: function () { return playing !== null; },
      stop: stop
    };
  };

  /* The newest events first, for the current filters. opts: events, limit, matches(i), pinHtml(i),
   * onHover(i|null), onOpen(i). */
  cm.Latest = function (root, opts) {
    var E = opts.events, S = E.strings, limit = opts.limit || 100;
    var order = new Array(E.n);
    for (var i = 0; i < E.n; i++) order[i] = i;
    order.sort(function (a, b) {
      var da = S[E.date[a]], db = S[E.date[b]];
      return da < db ? 1 : da > db ? -1 : b - a;
    });
    root.innerHTML = '<h2 class="cm-latest-title">Latest events <output class="cm-latest-n"></output></h2>' +
      '<ol class="cm-latest-list"></ol>';
    var list = root.querySelector("ol"), out = root.querySelector(".cm-latest-n");
    var current = null;

    function row(i) {
      var note = S[E.notes ? E.notes[i] : 0] || S[E.sub[i]] || "";
      if (note.length > 140) note = note.slice(0, 137) + "…";
      return '<li><button type="button" class="cm-li" data-i="' + i + '">' +
        '<span class="cm-li-head">' + opts.pinHtml(i) + ' <span class="cm-li-date">' + esc(S[E.date[i]]) + "</span> " +
        "<b>" + esc(S[E.place[i]] || "unknown place") + "</b></span>" +
        '<span class="cm-li-type">' + esc(E.types[E.type[i]]) + "</span>" +
        '<span class="cm-li-note">' + esc(note) + "</span></button></li>";
    }

    function update() {
      if (opts.fetch) { opts.fetch(render); return; }
      var shown = [], total = 0;
      for (var k = 0; k < order.length; k++) {
        if (!opts.matches(order[k])) continue;
        total++;
        if (shown.length < limit) shown.push(order[k]);
      }
      render(shown, total);
    }

    function render(shown, total) {
      list.innerHTML = shown.length ? shown.map(row).join("") : '<li class="cm-li-none">No events for these filters</li>';
      out.textContent = total > shown.length ? "(" + shown.length + " of " + total.toLocaleString("en-GB") + ")" : "(" + total + ")";
      mark(current);
    }

    function target(ev) {
      var b = ev.target.closest && ev.target.closest(".cm-li");
      return b ? +b.getAttribute("data-i") : null;
    }
    list.addEventListener("mouseover", function (ev) { var i = target(ev); if (i !== null) opts.onHover(i); });
    list.addEventListener("focusin", function (ev) { var i = target(ev); if (i !== null) opts.onHover(i); });
    list.addEventListener("mouseleave", function () { opts.onHover(null); });
    list.addEventListener("focusout", function () { opts.onHover(null); });
    list.addEventListener("click", function (ev) { var i = target(ev); if (i !== null) opts.onOpen(i); });

    function mark(i) {
      current = i;
      list.querySelectorAll(".cm-li[aria-current]").forEach(function (b) { b.removeAttribute("aria-current"); });
      if (i === null || i === undefined) return;
      var b = list.querySelector('.cm-li[data-i="' + i + '"]');
      if (b) {
        b.setAttribute("aria-current", "true");
        if (b.scrollIntoView) b.scrollIntoView({ block: "nearest" });
      }
    }
    return { update: update, mark: mark };
  };
})();
