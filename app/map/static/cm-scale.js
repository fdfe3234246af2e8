/* conflictmap: the map past a few tens of thousands of events (app/api/map_scale.py). The page then holds
 * only what is in view: a Leaflet grid layer asks /map/cells/{z}/{x}/{y} for each tile in view (the tile's
 * events when few, else exact counts per cell) and drops what leaves the view. Events received are merged
 * into one growing set of columns, so popups, the latest list and colours work as with every event loaded.
 * conflictmap.js owns the filters and the counts (from /map/summary). */
(function () {
  "use strict";
  var cm = (window.conflictmap = window.conflictmap || { ready: false, errors: [] });
  var STRING_COLS = ["date", "sub", "place", "admin1", "country", "claimed_by", "disputed_by", "actor1", "actor2",
    "review", "src_outlet", "src_published", "src_title", "src_url", "notes", "region", "id"];
  var PLAIN_COLS = ["lat", "lon", "status", "prec", "killed", "injured", "hl", "more_sources"];

  // The columns of app/map/payload.py with no event yet.
  cm.emptyEvents = function (types, statuses) {
    var E = { n: 0, types: types.slice(), statuses: statuses.slice(), strings: [""], type: [] };
    STRING_COLS.concat(PLAIN_COLS).forEach(function (c) { E[c] = []; });
    E.byId = {};
    E.byString = { "": 0 };
    return E;
  };

  // Adds the events of payload P to E (each once, by id); returns their indices in E.
  cm.mergeEvents = function (E, P) {
    var smap = new Array(P.strings.length);
    for (var s = 0; s < P.strings.length; s++) {
      var text = P.strings[s], k = E.byString[text];
      if (k === undefined) { k = E.byString[text] = E.strings.length; E.strings.push(text); }
      smap[s] = k;
    }
    var tmap = P.types.map(function (t) {
      var k = E.types.indexOf(t);
      if (k < 0) { k = E.types.length; E.types.push(t); }
      return k;
    });
    var out = new Array(P.n);
    for (var i = 0; i < P.n; i++) {
      var id = P.strings[P.id[i]], known = E.byId[id];
      if (known !== undefined) { out[i] = known; continue; }
      var j = E.n++;
      E.byId[id] = j;
      for (var a = 0; a < STRING_COLS.length; a++) {
        var col = STRING_COLS[a];
        E[col][j] = P[col] ? smap[P[col][i]] : 0;
      }
      for (var b = 0; b < PLAIN_COLS.length; b++) {
        var pc = PLAIN_COLS[b];
        E[pc][j] = P[pc] ? P[pc][i] : null;
      }
      E.type[j] = tmap[P.type[i]];
      out[i] = j;
    }
    return out;
  };

  /* The events layer at scale. opts: map, urls (config.scale), events (E), query() -> the filters as a
   * query string, or null when nothing can match; markerFor(i); onLoad() after every tile in view is drawn;
   * listHtml(indices, total) for the popup of a crowded cell at the deepest zoom. */
  cm.ScaleLayer = function (opts) {
    var map = opts.map, E = opts.events;
    var group = L.featureGroup(), drawn = {}, generation = 0;

    function countIcon(n) {
      var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
      var label = n < 10000 ? String(n) : Math.round(n / 1000) + "k";
      return L.divIcon({ html: "<div><span>" + label + "</span></div>", className: "marker-cluster marker-cluster-" + size,
        iconSize: L.point(40, 40) });
    }
    function keyOf(c) { return c.z + "/" + c.x + "/" + c.y; }
    // An event on a tile's edge comes with both tiles: it stays drawn until neither holds it.
    function release(key) {
      (drawn[key] || []).forEach(function (m) {
        if (m.cmIndex !== undefined && --m.cmRefs > 0) return;
        group.removeLayer(m);
      });
      delete drawn[key];
    }
    function draw(key, body) {
      var layers = [];
      if (body.events) cm.mergeEvents(E, body.events).forEach(function (i) {
        var m = opts.markerFor(i);
        m.cmRefs = (m.cmRefs || 0) + 1;
        if (m.cmRefs === 1) group.addLayer(m);
        layers.push(m);
      });
      body.cells.forEach(function (c) {
        var m = L.marker([c[2], c[1]], { icon: countIcon(c[0]), title: c[0].toLocaleString("en-GB") + " events", keyboard: true });
        m.cmCount = c[0];
        m.cmCell = [c[3], c[4], c[5], c[6]];
        group.addLayer(m);
        layers.push(m);
      });
      drawn[key] = layers;
    }

    var Grid = L.GridLayer.extend({
      createTile: function (coords, done) {
        var tile = document.createElement("div"), n = 1 << coords.z, key = keyOf(coords), q = opts.query();
        tile.cmLive = true;
        if (coords.x < 0 || coords.x >= n || coords.y < 0 || coords.y >= n || q === null) {
          L.Util.requestAnimFrame(function () { done(null, tile); });
          return tile;
        }
        var gen = generation;
        // Aborted when the tile leaves the view or the filters change: the browser's few connections to the
        // server then carry the tiles still wanted instead of queueing behind ones no longer shown.
        tile.cmAbort = typeof AbortController !== "undefined" ? new AbortController() : null;
        fetch(opts.urls.cells_url + key + (q ? "?" + q : ""), { signal: tile.cmAbort && tile.cmAbort.signal }).then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        }).then(function (body) {
          // A tile that left the view, or a filter that changed, while its answer was on the way.
          if (!tile.cmLive || gen !== generation) return;
          release(key);
          draw(key, body);
          done(null, tile);
        }).catch(function (err) {
          if (!tile.cmLive || gen !== generation) return; // aborted on purpose
          cm.errors.push("cells: " + err.message);
          done(err, tile);
        });
        return tile;
      }
    });
    // Tiles are only the grid the requests follow: empty, and never in the way of a click.
    var grid = new Grid({ tileSize: 256, keepBuffer: 0, updateWhenZooming: false, className: "cm-scale-grid" });
    grid.on("tileunload", function (e) {
      e.tile.cmLive = false;
      if (e.tile.cmAbort) e.tile.cmAbort.abort();
      release(keyOf(e.coords));
    });
    grid.on("load", function () {
      cm.viewLoads = (cm.viewLoads || 0) + 1;
      cm.lastViewLoad = performance.now();
      opts.onLoad();
    });
    // The page sets its first view after adding this layer: start the grid then, not for a view about to go.
    group.on("add", function () { setTimeout(function () { if (group._map && !grid._map) map.addLayer(grid); }, 0); });
    group.on("remove", function () {
      map.removeLayer(grid);
      Object.keys(drawn).forEach(release);
    });

    group.on("click keypress", function (e) {
      var m = e.layer;
      if (m.cmCount === undefined) return;
      if (e.type === "keypress" && e.originalEvent.keyCode !== 13) return;
      if (map.getZoom() < map.getMaxZoom()) {
        map.setView(m.getLatLng(), Math.min(map.getMaxZoom(), map.getZoom() + 2));
        return;
      }
      // The deepest zoom and still many in one cell (one town, reported again and again): list the newest.
      var q = opts.query();
      fetch(opts.urls.events_url + "?limit=50&bbox=" + m.cmCell.join(",") + (q ? "&" + q : ""))
        .then(function (r) { return r.json(); })
        .then(function (P) {
          L.popup({ maxWidth: 320, maxHeight: 320 }).setLatLng(m.getLatLng())
            .setContent(opts.listHtml(cm.mergeEvents(E, P), m.cmCount)).openOn(map);
        })
        .catch(function (err) { cm.errors.push("cell list: " + err.message); });
    });

    // The filters changed: every tile again.
    group.refresh = function () {
      generation++;
      Object.keys(drawn).forEach(release);
      if (grid._map) grid.redraw();
    };
    group.grid = grid;
    return group;
  };
})();
