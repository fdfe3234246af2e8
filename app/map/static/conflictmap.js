/* conflictmap: events, filters, legend, search, range rings and URL state on a folium/Leaflet map.
 * The page embeds a JSON config (app/map/render.py); everything here works offline. */
(function () {
  "use strict";

  var ICONS = {
    "Battles": "fa-crosshairs",
    "Explosions/Remote violence": "fa-bomb",
    "Violence against civilians": "fa-user-injured",
    "Protests": "fa-bullhorn",
    "Riots": "fa-fire",
    "Strategic developments": "fa-chess-knight"
  };
  var STATUS_TEXT = {
    reported: "Reported",
    claimed: "Claimed",
    disputed: "Disputed"
  };
  var PRECISION = {
    1: "1 — the town itself",
    2: "2 — near or part of a town",
    3: "3 — only the region is known"
  };
  // No red: red means "Claimed" on the markers. Targets get one colour of their own, on every ring.
  var RING_COLOURS = ["#6a3d9a", "#2166ac", "#1b7837", "#8c510a", "#01665e"];
  var TARGET_COLOUR = "#ffd23f";
  // Timeline bars, one per event type (ColorBrewer Dark2: tells six types apart, colour-blind safe-ish).
  var TYPE_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];
  // Acting sides, most frequent first; the rest share "Other".
  var SIDE_COLOURS = ["#1f78b4", "#e31a1c", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#fb9a99"];
  var OTHER_SIDE = "#8c8c8c", NO_SIDE = "#d9d9d9";
  var REVIEW_TEXT = { unreviewed: "Not yet reviewed", verified: "Verified by an editor", rejected: "Rejected by an editor" };

  var cm = (window.conflictmap = window.conflictmap || {});
  cm.ready = false;
  cm.errors = [];

  function esc(value) {
    return String(value === null || value === undefined ? "" : value)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  function fmtKm(km) {
    return Math.round(km).toLocaleString("en-GB") + " km";
  }

  function isSafeUrl(url) {
    return /^https?:\/\//i.test(url);
  }

  function urlParams() {
    // A file opened from disk keeps its state in the hash (file: URLs refuse query rewrites).
    var search = location.search;
    if (location.protocol === "file:" || (!search && location.hash.indexOf("=") > 0)) {
      search = location.hash.replace(/^#/, "");
    }
    return new URLSearchParams(search);
  }

  function parseDates(text) {
    if (!text) return [null, null];
    var parts = text.split("/");
    var a = parts[0], b = parts.length > 1 ? parts[1] : parts[0];
    var day = function (s) { return s && s !== ".." ? s.slice(0, 10) : null; };
    return [day(a), day(b)];
  }

  cm.init = function (map, tiles, config) {
    cm.times = { init: performance.now() };
    // Tiles start loading (or failing) while the events are still on their way: remember how it went.
    tiles.on("tileload", function () { cm.tileOk = true; });
    tiles.on("tileerror", function () { cm.tileFailed = true; });
    loadEvents(config).then(function (events) {
      config.events = events;
      build(map, tiles, config);
    }).catch(function (err) {
      cm.errors.push("events: " + err.message);
      throw err;
    });
  };

  // The one place events come from (a scale change, e.g. tiles or server-side clusters, swaps this):
  // embedded in the page (a map file), or the columns of /map/events, whose request the server
  // starts from the page's <head> while the scripts load (window.conflictmapEvents).
  function loadEvents(config) {
    if (config.events) return Promise.resolve(config.events);
    return window.conflictmapEvents || fetch(config.events_url).then(function (r) { return r.json(); });
  }
  cm.loadEvents = loadEvents;

  function eventsBounds(E) {
    if (!E.n) return null;
    var s = Infinity, w = Infinity, n = -Infinity, e = -Infinity;
    for (var i = 0; i < E.n; i++) {
      if (E.lat[i] < s) s = E.lat[i];
      if (E.lat[i] > n) n = E.lat[i];
      if (E.lon[i] < w) w = E.lon[i];
      if (E.lon[i] > e) e = E.lon[i];
    }
    return [[s, w], [n, e]];
  }

  function build(map, tiles, config) {
    var times = cm.times;
    times.events = performance.now();
    // At scale (config.scale) the page holds a summary H (counts per day, type and review state) and, in E,
    // only the events it has been sent (cm-scale.js); otherwise E is every event. Counts come from C.
    var scale = config.scale || null;
    var H = scale ? config.events : null;
    var E = scale ? cm.emptyEvents(H.types, H.statuses) : config.events;
    var C = H || E;
    var S = E.strings;
    var params = urlParams();
    var narrow = window.matchMedia("(max-width: 700px)").matches;
    var pending = 1; // markers, plus one per overlay being fetched

    // ---- filters (URL first, then what the server or CLI was asked for) ----
    var dates = params.has("datetime") ? parseDates(params.get("datetime")) : [config.state.start, config.state.end];
    var typeParam = params.getAll("event_type").join(",");
    var wanted = typeParam ? typeParam.split(",") : config.state.event_types;
    var lowerTypes = {};
    E.types.forEach(function (t) { lowerTypes[t.toLowerCase()] = t; });
    var active = {};
    E.types.forEach(function (t) { active[t] = wanted.length === 0; });
    wanted.forEach(function (t) { var c = lowerTypes[t.trim().toLowerCase()]; if (c) active[c] = true; });
    // review_status=verified (issue 12): only events an editor has verified.
    var filters = { start: dates[0], end: dates[1], active: active, verifiedOnly: params.get("review_status") === "verified" };
    function reviewOf(i) { return E.review ? S[E.review[i]] || "" : ""; }
    function reviewOk(i) { return !filters.verifiedOnly || reviewOf(i) === "verified"; }
    function countReviewOk(i) { return !filters.verifiedOnly || (C.review ? C.strings[C.review[i]] : "") === "verified"; }
    function weight(i) { return C.w ? C.w[i] : 1; }
    var colourBy = params.get("colour_by") === "side" ? "side" : "claim";

    // ---- acting sides: the most frequent actor1 values get a colour each ----
    var sides, hasOtherSide;
    if (H) {
      sides = H.sides.slice(0, SIDE_COLOURS.length);
      hasOtherSide = H.more_sides;
    } else {
      var sideCounts = {};
      for (var a = 0; a < E.n; a++) if (E.actor1[a]) sideCounts[E.actor1[a]] = (sideCounts[E.actor1[a]] || 0) + 1;
      sides = Object.keys(sideCounts).map(Number).sort(function (x, y) { return sideCounts[y] - sideCounts[x] || x - y; })
        .slice(0, SIDE_COLOURS.length).map(function (k) { return S[k]; });
      hasOtherSide = Object.keys(sideCounts).length > sides.length;
    }
    var sideColour = {}; // by name
    sides.forEach(function (name, n) { sideColour[name] = SIDE_COLOURS[n]; });
    function colourOfSide(i) {
      var name = S[E.actor1[i]];
      return !name ? NO_SIDE : sideColour[name] || OTHER_SIDE;
    }
    function isRegionOnly(i) { return E.prec[i] === 3; }

    // ---- markers: one divIcon per (type, colour, precision), one marker per event, popups on demand ----
    // An event known only at region level (geo_precision 3) is a large hollow dashed ring, never a pin:
    // a pin would claim a precision the reporting does not have.
    var iconCache = {};
    function pinHtml(i, small) {
      var name = E.types[E.type[i]], region = isRegionOnly(i);
      var cls = "cm-pin" + (region ? " cm-region" : "") + (small ? " cm-pin-small" : "") +
        (reviewOf(i) === "unreviewed" ? " cm-unreviewed" : "");
      var style = "";
      if (colourBy === "side") {
        var c = colourOfSide(i);
        style = region ? ' style="border-color:' + c + ";color:" + c + '"' : ' style="background:' + c + '"';
        cls += " cm-by-side";
      } else cls += " cm-s-" + E.statuses[E.status[i]];
      return '<span class="' + cls + '"' + style + '><i class="fa-solid ' + (ICONS[name] || "fa-circle") +
        '" aria-hidden="true"></i></span>';
    }
    function iconFor(i) {
      var region = isRegionOnly(i);
      var key = E.type[i] + ":" + (colourBy === "side" ? colourOfSide(i) : E.status[i]) + ":" + region + ":" + reviewOf(i);
      if (!iconCache[key]) {
        var size = region ? 40 : 26;
        iconCache[key] = L.divIcon({
          className: "cm-pin-wrap" + (region ? " cm-region-wrap" : ""),
          html: pinHtml(i),
          iconSize: [size, size],
          iconAnchor: [size / 2, size / 2],
          popupAnchor: [0, -size / 2 + 1]
        });
      }
      return iconCache[key];
    }
    var adding = false; // a filter's markers are being clustered
    var fast = !scale && E.n > config.fast_threshold && typeof Supercluster !== "undefined";
    var markers = [];
    function markerFor(i) {
      var m = markers[i];
      if (!m) {
        m = markers[i] = L.marker([E.lat[i], E.lon[i]], {
          icon: iconFor(i),
          title: S[E.date[i]] + " · " + E.types[E.type[i]] + " · " + S[E.place[i]] + (isRegionOnly(i) ? " (region only, exact place unknown)" : ""),
          riseOnHover: true
        });
        m.cmIndex = i;
      }
      return m;
    }
    // Leaflet.markercluster needs every marker up front; the fast path makes them as they show.
    if (!fast && !scale) for (var i = 0; i < E.n; i++) markerFor(i);

    times.markers = performance.now();
    var cluster = scale ? cm.ScaleLayer({
      map: map,
      urls: scale,
      events: E,
      query: viewQuery,
      markerFor: markerFor,
      onLoad: function () { markersDone(); },
      listHtml: function (list, total) {
        return "<p class=\"cm-leaves-n\">The newest " + list.length + " of " + total.toLocaleString("en-GB") + " events here</p>" +
          "<ul class=\"cm-leaves\">" + list.map(function (i) { return "<li>" + popupHtml(i) + "</li>"; }).join("") + "</ul>";
      }
    }) : fast ? fastCluster() : L.markerClusterGroup({
      // Synchronous clustering is quicker in total; past 20,000 markers it is chunked so the page
      // keeps answering while it works.
      chunkedLoading: E.n > 20000,
      chunkInterval: 150,
      chunkDelay: 10,
      showCoverageOnHover: false,
      animate: true,
      animateAddingMarkers: false,
      maxClusterRadius: 50,
      spiderfyOnMaxZoom: true,
      removeOutsideVisibleBounds: true,
      chunkProgress: function (done, total) {
        // Called before the group draws its last chunk (and with 0 of 0 when the empty group is
        // added to the map): the markers are on screen one task later.
        if (adding && done === total) {
          adding = false;
          setTimeout(markersDone, 0);
        }
      }
    });

    // Past ~5,000 events: Supercluster (a k-d tree per zoom, the index Mapbox clusters with) over
    // plain arrays, drawing only what is in view. 100,000 points index in well under a second.
    function fastCluster() {
      var group = L.featureGroup();
      var index = null;
      function iconForCount(n) {
        var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
        return L.divIcon({ html: "<div><span>" + n + "</span></div>", className: "marker-cluster marker-cluster-" + size,
          iconSize: L.point(40, 40) });
      }
      var clearDrawn = L.FeatureGroup.prototype.clearLayers;
      function draw() {
        clearDrawn.call(group);
        if (!index) return;
        var b = map.getBounds().pad(0.25), z = map.getZoom();
        var bbox = b.getEast() - b.getWest() >= 360 ? [-180, -85, 180, 85]
          : [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
        index.getClusters(bbox, z).forEach(function (f) {
          var c = f.geometry.coordinates, p = f.properties;
          if (!p.cluster) { group.addLayer(markerFor(p.i)); return; }
          var m = L.marker([c[1], c[0]], { icon: iconForCount(p.point_count), title: p.point_count + " events", keyboard: true });
          m.cmCluster = p.cluster_id;
          m.cmCount = p.point_count;
          group.addLayer(m);
        });
      }
      group.on("click keypress", function (e) {
        var m = e.layer;
        if (m.cmCluster === undefined) return;
        if (e.type === "keypress" && e.originalEvent.keyCode !== 13) return;
        var to = index.getClusterExpansionZoom(m.cmCluster);
        if (to <= map.getMaxZoom()) { map.setView(m.getLatLng(), to); return; }
        // Same place at the deepest zoom: list them instead of stacking markers.
        var leaves = index.getLeaves(m.cmCluster, 50);
        L.popup({ maxWidth: 320, maxHeight: 320 }).setLatLng(m.getLatLng()).setContent(
          "<ul class=\"cm-leaves\">" + leaves.map(function (f) { return "<li>" + popupHtml(f.properties.i) + "</li>"; }).join("") + "</ul>"
        ).openOn(map);
      });
      map.on("moveend", draw);
      group.clearLayers = function () {
        index = null;
        return clearDrawn.call(group);
      };
      group.addIndices = function (list) {
        var pts = new Array(list.length);
        for (var k = 0; k < list.length; k++) {
          var i = list[k];
          pts[k] = { type: "Feature", properties: { i: i }, geometry: { type: "Point", coordinates: [E.lon[i], E.lat[i]] } };
        }
        index = new Supercluster({ radius: 60, minZoom: 0, maxZoom: map.getMaxZoom() }).load(pts);
        draw();
      };
      group.redraw = draw;
      return group;
    }

    // Popups are made when opened, by one handler on the group: 100,000 bound popups would cost
    // 100,000 objects. Enter on a focused marker reaches the group as a keypress.
    function openPopup(e) {
      var m = e.layer;
      if (!m || m.cmIndex === undefined) return;
      if (e.type === "keypress" && e.originalEvent.keyCode !== 13) return;
      openPopupFor(m.cmIndex);
    }
    function openPopupFor(i) {
      var size = map.getSize();
      var opts = { maxWidth: 320, className: "cm-popup-wrap", autoPanPaddingTopLeft: [60, 20] };
      if (narrow) {
        // On a phone the controls hide while a popup is open (CSS .cm-popup-open), so the popup may
        // use the whole map, and scrolls inside itself rather than running off the screen.
        opts.maxWidth = Math.min(320, size.x - 40);
        opts.maxHeight = Math.max(160, size.y - 90);
        opts.autoPanPaddingTopLeft = [10, 10];
        opts.autoPanPaddingBottomRight = [10, 10];
      } else {
        // Keep the popup clear of the events panel on the right.
        var right = pdiv.querySelector(".cm-details").open ? pdiv.offsetWidth + 30 : 50;
        opts.autoPanPaddingBottomRight = [right, 20];
        opts.maxHeight = Math.max(200, size.y - 60);
      }
      var popup = L.popup(opts).setLatLng([E.lat[i], E.lon[i]]).setContent(popupHtml(i));
      popup.cmIndex = i;
      popup.openOn(map);
    }
    map.on("popupopen", function (e) {
      map.getContainer().classList.add("cm-popup-open");
      if (latest) latest.mark(e.popup.cmIndex);
      if (narrow) showLatest(false);
    });
    map.on("popupclose", function () {
      map.getContainer().classList.remove("cm-popup-open");
      if (latest) latest.mark(null);
    });
    cluster.on("click keypress", openPopup);
    map.addLayer(cluster);
    // First in the top-right corner, so the events panel stacks under its button.
    var layers = L.control.layers({ "Map tiles": tiles }, { "Events": cluster },
      { position: "topright", collapsed: true }).addTo(map);

    function popupHtml(i) {
      var type = E.types[E.type[i]], sub = S[E.sub[i]], status = E.statuses[E.status[i]];
      var where = [S[E.place[i]], S[E.admin1[i]], S[E.country[i]]]
        .filter(function (v, k, all) { return v && all.indexOf(v) === k; }).join(", ");
      var num = function (v) { return v === null || v === undefined ? "not given" : String(v); };
      var claim = STATUS_TEXT[status];
      if (S[E.claimed_by[i]]) claim = (status === "reported" ? "Reported by " : "Claimed by ") + esc(S[E.claimed_by[i]]);
      else claim = esc(claim);
      if (S[E.disputed_by[i]]) claim += "; disputed by " + esc(S[E.disputed_by[i]]);
      var actors = [S[E.actor1[i]], S[E.actor2[i]]].filter(Boolean).join(" v ");
      var title = S[E.src_title[i]] || "(untitled)";
      var url = S[E.src_url[i]];
      var link = url && isSafeUrl(url)
        ? '<a class="cm-source" href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(title) + "</a>"
        : esc(title);
      var outlet = [S[E.src_outlet[i]], S[E.src_published[i]]].filter(Boolean).join(", ");
      var more = E.more_sources[i] ? " (+" + E.more_sources[i] + " more)" : "";
      var prec = E.prec[i];
      var region = S[E.region ? E.region[i] : 0] || S[E.admin1[i]] || "";
      var why = isRegionOnly(i)
        ? "Region only: the reporting names " + (region ? "“" + esc(region) + "”" : "a region") +
          ", not a town; the ring marks the region, not a precise spot"
        : "Matched place “" + esc(S[E.place[i]]) + "”; geo precision " + esc(PRECISION[prec] || prec || "unknown");
      var review = S[E.review ? E.review[i] : 0];
      var quote = notesHtml(i);
      return '<article class="cm-popup">' +
        "<h3>" + esc(type) + (sub ? " · " + esc(sub) : "") + "</h3>" +
        '<p class="cm-when">' + esc(S[E.date[i]]) + ' · <span class="cm-tag cm-s-' + status + '">' + esc(status) + "</span></p>" +
        "<dl>" +
        "<dt>Where</dt><dd>" + esc(where || "unknown") + "</dd>" +
        (actors ? "<dt>Actors</dt><dd>" + esc(actors) + "</dd>" : "") +
        "<dt>Killed / injured</dt><dd>" + num(E.killed[i]) + " / " + num(E.injured[i]) + "</dd>" +
        "<dt>Claims</dt><dd>" + claim + "</dd>" +
        "<dt>Why here</dt><dd>" + why + "</dd>" +
        (quote ? '<dt>Source says</dt><dd class="cm-notes">' + quote + "</dd>" : "") +
        "<dt>Source</dt><dd>" + link + (outlet ? " — " + esc(outlet) : "") + more + "</dd>" +
        (review ? '<dt>Review</dt><dd><span class="cm-review cm-review-' + esc(review) + '">' +
          esc(REVIEW_TEXT[review] || review) + "</span></dd>" : "") +
        "</dl></article>";
    }

    // The source sentence with the matched place marked. Offsets count code points (as the contract's
    // mention offsets do), so the slice goes through Array.from, not UTF-16 units.
    function notesHtml(i) {
      var notes = S[E.notes ? E.notes[i] : 0];
      if (!notes) return "";
      var hl = E.hl ? E.hl[i] : null;
      var chars = Array.from(notes);
      if (!hl || hl.length !== 2 || !(hl[0] >= 0 && hl[0] < hl[1] && hl[1] <= chars.length)) return "<q>" + esc(notes) + "</q>";
      return "<q>" + esc(chars.slice(0, hl[0]).join("")) + '<mark class="cm-hl-place">' +
        esc(chars.slice(hl[0], hl[1]).join("")) + "</mark>" + esc(chars.slice(hl[1]).join("")) + "</q>";
    }
    cm.popupHtml = function (i) { return popupHtml(i); };

    // ---- the panel: count, dates, type layers + legend, share and embed ----
    var typeCounts = new Array(E.types.length).fill(0);
    var Panel = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var div = L.DomUtil.create("div", "leaflet-control cm-panel");
        var rows = E.types.map(function (t, k) {
          return '<label class="cm-type"><input type="checkbox" data-type="' + esc(t) + '"' + (active[t] ? " checked" : "") +
            '> <span class="cm-pin cm-s-reported cm-pin-small"><i class="fa-solid ' + (ICONS[t] || "fa-circle") +
            '" aria-hidden="true"></i></span> ' + esc(t) + ' <span class="cm-n" data-n="' + k + '"></span></label>';
        }).join("");

        div.innerHTML =
          '<details class="cm-details"' + (narrow ? "" : " open") + ">" +
          '<summary><span class="cm-title">Events</span> <output class="cm-count" aria-live="polite">…</output></summary>' +
          '<fieldset class="cm-dates"><legend>Date range</legend>' +
          '<label>From <input type="date" class="cm-start" value="' + esc(filters.start || "") + '"></label>' +
          '<label>To <input type="date" class="cm-end" value="' + esc(filters.end || "") + '"></label>' +
          '<button type="button" class="cm-clear-dates">All dates</button></fieldset>' +
          '<fieldset class="cm-types"><legend>Event types (layers)</legend>' + rows + "</fieldset>" +
          (E.review ? '<label class="cm-verified"><input type="checkbox" class="cm-verified-only"' +
            (filters.verifiedOnly ? " checked" : "") + "> Verified by an editor only</label>" : "") +
          '<fieldset class="cm-legend"><legend>Colour by</legend>' +
          '<div class="cm-colour-by" role="radiogroup" aria-label="Colour markers by">' +
          '<label><input type="radio" name="cm-colour" value="claim"' + (colourBy === "claim" ? " checked" : "") + "> Claim status</label>" +
          '<label><input type="radio" name="cm-colour" value="side"' + (colourBy === "side" ? " checked" : "") + "> Acting side</label></div>" +
          '<ul class="cm-legend-list"></ul></fieldset>' +
          '<div class="cm-share"><button type="button" class="cm-copy-link">Copy link</button> ' +
          '<button type="button" class="cm-embed-toggle" aria-expanded="false">Embed</button></div>' +
          '<div class="cm-embed" hidden><label>Embed code for a web page<textarea readonly rows="4" class="cm-embed-code"></textarea></label></div>' +
          "</details>";
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      }
    });
    var panel = new Panel().addTo(map);
    var pdiv = panel.getContainer();
    var countOut = pdiv.querySelector(".cm-count");

    function legendHtml() {
      var rows;
      if (colourBy === "side") {
        rows = sides.map(function (name) {
          return '<li><span class="cm-swatch" style="background:' + sideColour[name] + '"></span>' + esc(name) + "</li>";
        });
        if (hasOtherSide) rows.push('<li><span class="cm-swatch" style="background:' + OTHER_SIDE + '"></span>Other sides</li>');
        rows.push('<li><span class="cm-swatch" style="background:' + NO_SIDE + '"></span>Side not named</li>');
      } else {
        rows = E.statuses.map(function (s) {
          return '<li><span class="cm-swatch cm-s-' + s + '"></span>' + esc(STATUS_TEXT[s]) + "</li>";
        });
      }
      rows.push('<li><span class="cm-swatch cm-swatch-region"></span>Region only (no town known)</li>');
      return rows.join("");
    }
    function setColourBy(mode) {
      colourBy = mode;
      pdiv.querySelector(".cm-legend-list").innerHTML = legendHtml();
      for (var i = 0; i < E.n; i++) if (markers[i]) markers[i].setIcon(iconFor(i));
      if (fast) cluster.redraw();
      if (latest) latest.update();
      writeUrl();
    }
    pdiv.querySelector(".cm-legend-list").innerHTML = legendHtml();
    pdiv.querySelectorAll('input[name="cm-colour"]').forEach(function (r) {
      r.addEventListener("change", function () { if (r.checked) setColourBy(r.value); });
    });
    cm.setColourBy = setColourBy;

    // The same test on a row of the counts (C: an event, or at scale a day × type × review state).
    function countMatches(i) {
      if (!filters.active[C.types[C.type[i]]]) return false;
      if (!countReviewOk(i)) return false;
      var d = C.strings[C.date[i]];
      if (filters.start && d < filters.start) return false;
      if (filters.end && d > filters.end) return false;
      return true;
    }

    // The filters as the server reads them (cells, the latest list at scale); null when no type is on.
    function viewQuery() {
      var q = new URLSearchParams();
      if (filters.start || filters.end) q.set("datetime", (filters.start || "..") + "/" + (filters.end || ".."));
      var on = C.types.filter(function (t) { return filters.active[t]; });
      if (!on.length) return null;
      if (on.length !== C.types.length) q.set("event_type", on.join(","));
      if (filters.verifiedOnly) q.set("review_status", "verified");
      ["filter", "filter-lang", "q"].forEach(function (k) { if (params.has(k)) q.set(k, params.get(k)); });
      return q.toString();
    }

    function matches(i) {
      if (!filters.active[E.types[E.type[i]]]) return false;
      if (!reviewOk(i)) return false;
      var d = S[E.date[i]];
      if (filters.start && d < filters.start) return false;
      if (filters.end && d > filters.end) return false;
      return true;
    }

    var shown = 0;
    function applyFilters() {
      var list = [];
      typeCounts.fill(0);
      shown = 0;
      for (var i = 0; i < C.n; i++) {
        var d = C.strings[C.date[i]];
        var inDates = !(filters.start && d < filters.start) && !(filters.end && d > filters.end);
        if (inDates && countReviewOk(i)) typeCounts[C.type[i]] += weight(i);
        if (!countMatches(i)) continue;
        shown += weight(i);
        if (!scale) list.push(fast ? i : markers[i]);
      }
      var all = H ? H.total : E.n;
      countOut.textContent = shown.toLocaleString("en-GB") + " of " + all.toLocaleString("en-GB");
      pdiv.querySelectorAll(".cm-n").forEach(function (span) {
        span.textContent = "(" + typeCounts[+span.getAttribute("data-n")].toLocaleString("en-GB") + ")";
      });
      map.closePopup();
      if (timeline) timeline.update(filters.start, filters.end);
      if (latest) latest.update();
      if (scale) {
        cluster.refresh(); // markersDone() once every tile in view is drawn
        return;
      }
      cluster.clearLayers();
      if (!list.length) markersDone();
      else if (fast) {
        cluster.addIndices(list);
        setTimeout(markersDone, 0);
      } else {
        adding = true;
        cluster.addLayers(list);
      }
    }

    pdiv.querySelectorAll(".cm-types input").forEach(function (box) {
      box.addEventListener("change", function () {
        filters.active[box.getAttribute("data-type")] = box.checked;
        applyFilters();
        writeUrl();
      });
    });
    var verifiedBox = pdiv.querySelector(".cm-verified-only");
    if (verifiedBox) verifiedBox.addEventListener("change", function () {
      filters.verifiedOnly = verifiedBox.checked;
      applyFilters();
      writeUrl();
    });
    var startIn = pdiv.querySelector(".cm-start"), endIn = pdiv.querySelector(".cm-end");
    function onDates() {
      filters.start = startIn.value || null;
      filters.end = endIn.value || null;
      applyFilters();
      writeUrl();
    }
    // The timeline's brush and play button set the dates through here, like the date boxes.
    function setDates(start, end) {
      startIn.value = start || "";
      endIn.value = end || "";
      onDates();
    }
    startIn.addEventListener("change", onDates);
    endIn.addEventListener("change", onDates);
    pdiv.querySelector(".cm-clear-dates").addEventListener("click", function () {
      startIn.value = "";
      endIn.value = "";
      onDates();
    });
    var embedBox = pdiv.querySelector(".cm-embed"), embedCode = pdiv.querySelector(".cm-embed-code");
    var embedToggle = pdiv.querySelector(".cm-embed-toggle");
    embedToggle.addEventListener("click", function () {
      embedBox.hidden = !embedBox.hidden;
      embedToggle.setAttribute("aria-expanded", String(!embedBox.hidden));
      if (!embedBox.hidden) { embedCode.value = embedSnippet(); embedCode.select(); }
    });
    pdiv.querySelector(".cm-copy-link").addEventListener("click", function () {
      if (navigator.clipboard) navigator.clipboard.writeText(location.href).catch(function () {});
    });

    function embedSnippet() {
      return '<iframe src="' + esc(location.href) + '" title="conflictmap: events on the map" width="100%" ' +
        'height="480" style="border:0" loading="lazy" allowfullscreen></iframe>';
    }
    cm.embedSnippet = embedSnippet;

    // ---- URL state: view and filters, rewritten in place (no history spam) ----
    var urlReady = false;
    function writeUrl() {
      if (!urlReady) return;
      var p = urlParams();
      var c = map.getCenter();
      p.set("center", c.lat.toFixed(5) + "," + c.lng.toFixed(5));
      p.set("zoom", String(map.getZoom()));
      if (filters.start || filters.end) p.set("datetime", (filters.start || "..") + "/" + (filters.end || ".."));
      else p.delete("datetime");
      var on = E.types.filter(function (t) { return filters.active[t]; });
      p.delete("event_type");
      if (on.length !== E.types.length) p.set("event_type", on.join(","));
      if (filters.verifiedOnly) p.set("review_status", "verified");
      else p.delete("review_status");
      if (colourBy === "side") p.set("colour_by", "side");
      else p.delete("colour_by");
      var query = p.toString().replace(/%2C/g, ",").replace(/%2F/g, "/");
      try {
        if (location.protocol === "file:") history.replaceState(null, "", "#" + query);
        else history.replaceState(null, "", location.pathname + "?" + query);
      } catch (err) { /* a sandboxed frame may refuse; the view still works */ }
      if (!embedBox.hidden) embedCode.value = embedSnippet();
    }

    // ---- place search (the app's /api/geocode; absent in a file opened from disk) ----
    var Search = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var div = L.DomUtil.create("div", "leaflet-control leaflet-bar cm-search");
        div.innerHTML = '<form role="search"><label class="cm-sr" for="cm-q">Find a place</label>' +
          '<input id="cm-q" type="search" placeholder="Find a place…" autocomplete="off"' +
          (config.api === null ? ' disabled title="Search needs the conflictmap server"' : "") + ">" +
          '<button type="submit" aria-label="Search"' + (config.api === null ? " disabled" : "") +
          '><i class="fa-solid fa-magnifying-glass" aria-hidden="true"></i></button></form>' +
          '<ul class="cm-results" hidden></ul>';
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      }
    });
    var search = new Search().addTo(map);
    var sdiv = search.getContainer(), results = sdiv.querySelector(".cm-results");
    var found = L.layerGroup().addTo(map);
    sdiv.querySelector("form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var q = sdiv.querySelector("input").value.trim();
      if (!q || config.api === null) return;
      fetch(config.api + "/api/geocode?q=" + encodeURIComponent(q) + "&limit=5")
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (res) {
          results.hidden = false;
          var feats = res.ok && res.body.features ? res.body.features : [];
          if (!feats.length) {
            results.innerHTML = "<li>" + esc(res.body.detail || "No place found") + "</li>";
            return;
          }
          results.innerHTML = feats.map(function (f, k) {
            var p = f.properties || {};
            var label = [p.name, p.admin1, p.country_code].filter(Boolean).join(", ");
            return '<li><button type="button" data-k="' + k + '">' + esc(label) + "</button></li>";
          }).join("");
          results.querySelectorAll("button").forEach(function (b) {
            b.addEventListener("click", function () {
              var f = feats[+b.getAttribute("data-k")], ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
              found.clearLayers();
              L.circleMarker(ll, { radius: 9, color: "#111", weight: 3, fill: false })
                .bindTooltip(esc(f.properties.name), { permanent: true, direction: "right" }).addTo(found);
              map.setView(ll, f.properties.kind === "country" ? 6 : f.properties.kind === "region" ? 8 : 11);
              results.hidden = true;
            });
          });
        })
        .catch(function (err) {
          results.hidden = false;
          results.innerHTML = "<li>Search failed: " + esc(err.message) + "</li>";
        });
    });

    // ---- timeline under the map, latest events beside it ----
    var tlDiv = document.createElement("div");
    tlDiv.id = "timeline";
    tlDiv.className = "cm-timeline";
    tlDiv.setAttribute("role", "region");
    tlDiv.setAttribute("aria-label", "Timeline of events");
    var latestDiv = document.createElement("aside");
    latestDiv.id = "latest";
    latestDiv.className = "cm-latest";
    latestDiv.setAttribute("aria-label", "Latest events");
    document.body.appendChild(tlDiv);
    document.body.appendChild(latestDiv);
    document.body.classList.add("cm-has-timeline");
    var latestGen = 0;
    var timeline = cm.Timeline(tlDiv, {
      events: C,
      colours: TYPE_COLOURS,
      isActive: function (t) { return filters.active[C.types[t]]; },
      includes: countReviewOk,
      onDates: setDates,
      latestToggle: narrow
    });
    var highlight = L.layerGroup().addTo(map);
    var latest = cm.Latest(latestDiv, {
      events: E,
      limit: 100,
      matches: matches,
      // At scale the server finds the newest (one page read along its date index); the count is the summary's.
      fetch: scale ? function (done) {
        var q = viewQuery(), gen = ++latestGen;
        if (q === null) { done([], 0); return; }
        fetch(scale.events_url + "?limit=100" + (q ? "&" + q : ""))
          .then(function (r) { return r.json(); })
          .then(function (P) { if (gen === latestGen) done(cm.mergeEvents(E, P), shown); })
          .catch(function (err) { cm.errors.push("latest: " + err.message); });
      } : null,
      pinHtml: function (i) { return pinHtml(i, true); },
      onHover: function (i) {
        highlight.clearLayers();
        if (i === null) return;
        L.circleMarker([E.lat[i], E.lon[i]], { radius: 20, color: "#111", weight: 3, fill: false, dashArray: null,
          interactive: false, className: "cm-hl" }).addTo(highlight);
      },
      onOpen: openEvent
    });
    function showLatest(on) {
      if (!narrow) return;
      latestDiv.classList.toggle("cm-open", on);
      var t = tlDiv.querySelector(".cm-latest-toggle");
      if (t) t.setAttribute("aria-expanded", String(on));
    }
    var latestToggle = tlDiv.querySelector(".cm-latest-toggle");
    if (latestToggle) latestToggle.addEventListener("click", function () {
      showLatest(!latestDiv.classList.contains("cm-open"));
    });
    // From the list to the map: zoom until the event stands alone, then open its popup.
    function openEvent(i) {
      showLatest(false);
      if (!fast && !scale && markers[i] && cluster.hasLayer(markers[i])) {
        // markercluster's callback never comes when a pan starts while the previous one still runs
        // (a quick second click in the list); the popup needs only a position, so open it anyway.
        var opened = false;
        var open = function () { if (!opened) { opened = true; openPopupFor(i); } };
        cluster.zoomToShowLayer(markers[i], open);
        setTimeout(open, 700);
        return;
      }
      var z = Math.max(map.getZoom(), scale ? 14 : fast ? 12 : 9);
      map.once("moveend", function () { openPopupFor(i); });
      map.setView([E.lat[i], E.lon[i]], z, { animate: false });
    }
    cm.timeline = timeline;
    cm.latest = latest;
    cm.openEvent = openEvent;

    // ---- place names drawn by the page: on whenever tiles fail, a layer to switch otherwise ----
    var labels = cm.PlaceLabels(map, {
      places: config.places || null,
      url: config.places_url || null
    });
    cm.labels = labels;

    // ---- country borders: a readable map when tiles are unreachable ----
    var bordersPane = map.createPane("cm-borders");
    bordersPane.style.zIndex = 250; // over tiles (200), under shapes (400) and markers (600)
    var borderStyle = { color: "#7a7a7a", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 0 };
    var borders = L.geoJSON(null, {
      pane: "cm-borders",
      style: function () { return borderStyle; },
      interactive: false,
      renderer: L.canvas({ pane: "cm-borders" })
    }).addTo(map);
    layers.addOverlay(borders, "Country borders (Natural Earth)");
    layers.addOverlay(labels, "Place names (offline)");
    map.attributionControl.addAttribution("Borders: Natural Earth");

    var tileLoaded = !!cm.tileOk;
    tiles.on("tileload", function () {
      tileLoaded = true;
      map.getContainer().classList.remove("cm-offline");
    });
    tiles.on("tileerror", offline);
    if (cm.tileFailed) offline();
    function offline() {
      if (tileLoaded) return;
      map.getContainer().classList.add("cm-offline");
      borderStyle.fillOpacity = 1;
      borders.setStyle(borderStyle);
      // Without tiles there are no place names: draw our own.
      if (!map.hasLayer(labels)) map.addLayer(labels);
    }

    function useBorders(data) {
      borders.addData(data);
      if (map.getContainer().classList.contains("cm-offline")) borders.setStyle(borderStyle);
      var mini = L.geoJSON(data, {
        style: { color: "#888", weight: 0.5, fillColor: "#eee", fillOpacity: 1 }, interactive: false, renderer: L.canvas()
      });
      new L.Control.MiniMap(mini, {
        position: "bottomright", toggleDisplay: true, minimized: narrow, zoomLevelOffset: -5, width: 140, height: 140
      }).addTo(map);
    }
    // Borders come after the markers: events are what a reader came for.
    function loadBorders() {
      if (config.borders) useBorders(config.borders);
      else if (config.borders_url) {
        pending++;
        fetch(config.borders_url).then(function (r) { return r.json(); }).then(useBorders)
          .catch(function (err) { cm.errors.push("borders: " + err.message); })
          .then(settle);
      }
    }

    // ---- range rings and distance lines ----
    var overlayGroup = L.featureGroup().addTo(map);
    var rangeBox = null;
    function rangePanel() {
      if (rangeBox) return rangeBox;
      var Box = L.Control.extend({
        options: { position: "bottomleft" },
        onAdd: function () {
          var div = L.DomUtil.create("div", "leaflet-control cm-range-panel");
          div.setAttribute("role", "region");
          div.setAttribute("aria-label", "Ranges and distances");
          L.DomEvent.disableClickPropagation(div);
          L.DomEvent.disableScrollPropagation(div);
          return div;
        }
      });
      rangeBox = new Box().addTo(map).getContainer();
      return rangeBox;
    }

    function drawRange(fc, k) {
      var ring = fc.features[0], targets = fc.features.slice(1);
      var p = ring.properties || {};
      var colour = RING_COLOURS[k % RING_COLOURS.length];
      var what = p.weapon ? p.weapon : "Range";
      var centre = p.center || {};
      var span = (p.min_km ? fmtKm(p.min_km) + "–" : "") + fmtKm(p.max_km);
      var layer = L.geoJSON(ring, {
        style: { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.12, className: "cm-ring" }
      }).bindTooltip(esc(what + " from " + (centre.name || "") + ": " + span), { sticky: true });
      overlayGroup.addLayer(layer);
      var polys = polygonsOf(ring.geometry);
      if (p.min_km) {
        // The hole of the donut: too close for this weapon. Dark, hatched-looking and labelled, so it
        // reads neither as "safe" nor as part of the range.
        polys.forEach(function (poly) {
          poly.slice(1).forEach(function (hole) {
            var hl = L.polygon(hole.map(function (c) { return [c[1], c[0]]; }), {
              color: "#111", weight: 2.5, dashArray: "6 5", fillColor: "#111", fillOpacity: 0.38, className: "cm-min-range"
            }).bindTooltip("Closer than the minimum range (" + fmtKm(p.min_km) + "): out of reach", { sticky: true });
            overlayGroup.addLayer(hl);
            // Labelled at its southern edge, clear of the centre's own label.
            var low = hole.reduce(function (a, b) { return b[1] < a[1] ? b : a; });
            overlayGroup.addLayer(L.marker([low[1], low[0]], { opacity: 0, keyboard: false, interactive: false })
              .bindTooltip("min " + fmtKm(p.min_km), { permanent: true, direction: "top", className: "cm-label cm-ring-end cm-min-label" }));
          });
        });
      }
      // The ring's far edge is labelled with its reach, due south of the centre (a long-range ring
      // may pass over the pole, so its northernmost point says nothing).
      var outer = null, clon = centre.lon !== undefined ? centre.lon : 0;
      var clat = centre.lat !== undefined ? centre.lat : 90;
      polys.forEach(function (poly) {
        poly[0].forEach(function (c) {
          if (c[1] >= clat) return;
          var off = Math.abs(((c[0] - clon + 540) % 360) - 180);
          if (!outer || off < outer.off - 1e-9 || (Math.abs(off - outer.off) < 1 && c[1] < outer.c[1])) outer = { c: c, off: off };
        });
      });
      outer = outer && outer.c;
      if (outer) {
        overlayGroup.addLayer(L.marker([outer[1], outer[0]], { opacity: 0, keyboard: false, interactive: false })
          .bindTooltip(esc(what) + ": " + fmtKm(p.max_km), { permanent: true, direction: "bottom", className: "cm-label cm-ring-end" }));
      }
      if (centre.lat !== undefined) {
        overlayGroup.addLayer(L.circleMarker([centre.lat, centre.lon], { radius: 6, color: colour, weight: 3, fillColor: "#fff", fillOpacity: 1 })
          .bindTooltip(esc(centre.name || "origin"), { permanent: true, direction: "right", className: "cm-label" }));
      }
      targets.forEach(function (t) {
        var c = t.geometry.coordinates;
        overlayGroup.addLayer(L.circleMarker([c[1], c[0]], { radius: 5, color: "#111", weight: 1.5, fillColor: TARGET_COLOUR, fillOpacity: 1, className: "cm-target" })
          .bindTooltip(esc(t.properties.name) + " — " + fmtKm(t.properties.distance_km)));
      });
      layers.addOverlay(layer, esc(what) + " range");
      var items = targets.map(function (t) {
        var q = t.properties;
        return "<li>" + esc(q.name) + (q.country_code ? " (" + esc(q.country_code) + ")" : "") + " — " + fmtKm(q.distance_km) + "</li>";
      }).join("");
      var kind = (fc.features.length > 1 && targets[0].properties.target_kind) || "capitals";
      var box = rangePanel();
      var sec = document.createElement("section");
      sec.className = "cm-range";
      sec.innerHTML = '<h2><span class="cm-swatch" style="background:' + colour + '"></span>' + esc(what) + " from " +
        esc(centre.name || "") + "</h2><p>" + span + ' · <span class="cm-swatch cm-swatch-target"></span> ' +
        targets.length + " " + esc(kind) + " in range</p>" +
        "<details" + (narrow ? "" : " open") + '><summary>List</summary><ol class="cm-capitals">' + items + "</ol></details>";
      box.appendChild(sec);
    }

    function polygonsOf(g) {
      if (g.type === "Polygon") return [g.coordinates];
      if (g.type === "MultiPolygon") return g.coordinates;
      return [];
    }

    function drawDistance(f) {
      var p = f.properties || {};
      var label = (p.from ? p.from.name : "") + " → " + (p.to ? p.to.name : "") + ": " + fmtKm(p.distance_km) +
        " (" + Math.round(p.distance_mi).toLocaleString("en-GB") + " mi)";
      var line = L.geoJSON(f, { style: { color: "#111", weight: 3, dashArray: "8 6", className: "cm-distance" } });
      overlayGroup.addLayer(line);
      var lines = f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates;
      var longest = lines.reduce(function (a, b) { return b.length > a.length ? b : a; });
      var mid = longest[Math.floor(longest.length / 2)];
      overlayGroup.addLayer(L.marker([mid[1], mid[0]], { opacity: 0, keyboard: false, interactive: false })
        .bindTooltip(esc(label), { permanent: true, direction: "top", className: "cm-label cm-distance-label" }));
      // Both ends named where they are.
      [p.from, p.to].forEach(function (end, k) {
        if (!end || end.lat === undefined) return;
        overlayGroup.addLayer(L.circleMarker([end.lat, end.lon], { radius: 5, color: "#111", weight: 2, fillColor: "#fff", fillOpacity: 1 })
          .bindTooltip(esc(end.name || ""), { permanent: true, direction: k ? "right" : "left", className: "cm-label cm-line-end" }));
      });
      var sec = document.createElement("section");
      sec.className = "cm-range cm-distance-panel";
      sec.innerHTML = "<h2>Distance</h2><p>" + esc(label) + "</p><p>Geodesic (WGS84), initial bearing " +
        Math.round(p.initial_bearing_deg) + "°</p>";
      rangePanel().appendChild(sec);
    }

    function showOverlayError(o, message) {
      var sec = document.createElement("section");
      sec.className = "cm-range cm-error";
      sec.setAttribute("role", "alert");
      sec.innerHTML = "<h2>Could not draw " + esc(o.kind) + "</h2><p>" + esc(message) + "</p>";
      rangePanel().appendChild(sec);
    }

    var ringCount = 0;
    function drawOverlay(o, data) {
      if (o.kind === "range") drawRange(data, ringCount++);
      else drawDistance(data);
    }
    config.overlays.forEach(function (o) {
      if (o.data) drawOverlay(o, o.data);
      else if (o.error) showOverlayError(o, o.error);
      else if (o.url) {
        pending++;
        fetch(o.url)
          .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (res) {
            if (res.ok) drawOverlay(o, res.body);
            else showOverlayError(o, res.body.detail || res.body.title || "error");
          })
          .catch(function (err) { showOverlayError(o, err.message); })
          .then(function () { fitOverlays(); settle(); });
      } else showOverlayError(o, "needs the conflictmap server");
    });

    // ---- first view: the URL's, else the overlays', else the events' ----
    var hasView = config.view !== null;
    function fitOverlays() {
      if (hasView || !overlayGroup.getLayers().length) return;
      var b = overlayGroup.getBounds();
      if (!b.isValid()) return;
      // Fit inside what the controls leave free: the search and zoom buttons on the top left, the
      // range panel on the bottom left (tall on a phone), the events panel on the right.
      var top = 60, left = narrow ? 50 : 60, right = narrow ? 20 : 40, bottom = 30;
      var mr = map.getContainer().getBoundingClientRect(), half = map.getSize().y / 2;
      if (narrow) {
        // A phone is too narrow to fit beside the stacked buttons and search box: fit below them.
        var stack = map.getContainer().querySelector(".leaflet-top.leaflet-left").getBoundingClientRect();
        top = Math.min(half, stack.bottom - mr.top + 20);
      }
      if (rangeBox) bottom = Math.max(bottom, Math.min(mr.bottom - rangeBox.getBoundingClientRect().top + 20, half));
      if (!narrow && pdiv.querySelector(".cm-details").open) right = pdiv.offsetWidth + 20;
      map.fitBounds(b, { paddingTopLeft: [left, top], paddingBottomRight: [right, bottom], maxZoom: 9, animate: false });
    }
    if (hasView) map.setView(config.view.center, config.view.zoom, { animate: false });
    else if (overlayGroup.getLayers().length) fitOverlays();
    else if (H && H.bounds) map.fitBounds(H.bounds, { padding: [30, 30], maxZoom: 9, animate: false });
    else if (E.n) map.fitBounds(eventsBounds(E), { padding: [30, 30], maxZoom: 9, animate: false });
    urlReady = true;
    map.on("moveend", writeUrl);
    writeUrl();

    applyFilters();

    function markersDone() {
      cm.renders = (cm.renders || 0) + 1;
      if (!times.clustered) {
        times.clustered = performance.now();
        loadBorders();
      }
      settle();
    }
    function settle() {
      pending = Math.max(0, pending - 1);
      if (pending === 0 && !cm.ready) {
        cm.ready = true;
        times.ready = performance.now();
        document.documentElement.setAttribute("data-cm-ready", "1");
      }
    }

    cm.map = map;
    cm.cluster = cluster;
    cm.fast = fast;
    cm.scale = !!scale;
    cm.events = E;
    cm.count = function () { return shown; };
    cm.visibleTotal = function () {
      // What a reader sees: cluster badges plus lone markers inside the current view.
      var bounds = map.getBounds(), total = 0;
      map.eachLayer(function (l) {
        if (l instanceof L.MarkerCluster || l.cmCount !== undefined) {
          if (bounds.contains(l.getLatLng())) total += l.cmCount !== undefined ? l.cmCount : l.getChildCount();
        } else if (l.cmIndex !== undefined && bounds.contains(l.getLatLng())) total += 1;
      });
      return total;
    };
  }
})();
