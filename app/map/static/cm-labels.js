/* conflictmap: place names drawn by the page itself (class cm-place-label), so the map stays readable
 * when tiles cannot load. Capitals and the largest cities when zoomed out, towns as the reader zooms
 * in; labels that would overlap are dropped, largest place first. Data: the page's embedded list
 * (a file from `conflictmap map --out`) or the app's /map/places for the current view. */
(function () {
  "use strict";
  var cm = (window.conflictmap = window.conflictmap || { ready: false, errors: [] });

  // Smallest population labelled at each zoom (capitals always are).
  function minPopulation(zoom) {
    if (zoom <= 3) return 3000000;
    if (zoom <= 4) return 1000000;
    if (zoom <= 5) return 300000;
    if (zoom <= 6) return 100000;
    if (zoom <= 7) return 40000;
    if (zoom <= 8) return 15000;
    if (zoom <= 9) return 5000;
    return 1000;
  }
  var MAX_SHOWN = 150;

  cm.PlaceLabels = function (map, options) {
    var pane = map.createPane("cm-labels");
    pane.style.zIndex = 450; // over borders and shapes, under markers (600) and popups
    pane.style.pointerEvents = "none";
    var layer = L.layerGroup();
    var known = {}; // key -> place, merged from every answer
    var list = [];
    var asked = {}; // "zoomcut|bbox" already fetched
    var timer = null;

    function add(cols) {
      for (var k = 0; k < cols.name.length; k++) {
        var key = cols.name[k] + "|" + cols.lat[k] + "|" + cols.lon[k];
        if (known[key]) continue;
        known[key] = { name: cols.name[k], lat: cols.lat[k], lon: cols.lon[k], pop: cols.pop[k], cap: cols.cap[k] };
        list.push(known[key]);
      }
      list.sort(function (a, b) { return b.cap - a.cap || b.pop - a.pop; });
    }
    if (options.places) add(options.places);

    function fetchView() {
      if (!options.url) return;
      var b = map.getBounds().pad(0.2), z = map.getZoom(), cut = minPopulation(z);
      var w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
      var s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
      // Rounded outwards so small pans reuse an answer.
      var box = [Math.floor(w), Math.floor(s), Math.ceil(e), Math.ceil(n)].join(",");
      var key = cut + "|" + box;
      if (asked[key]) return;
      asked[key] = true;
      fetch(options.url + "?bbox=" + box + "&min_population=" + cut)
        .then(function (r) { return r.json(); })
        .then(function (cols) { if (cols && cols.name) { add(cols); draw(); } })
        .catch(function (err) { delete asked[key]; cm.errors.push("labels: " + err.message); });
    }

    function draw() {
      layer.clearLayers();
      if (!map.hasLayer(layer)) return;
      var z = map.getZoom(), cut = minPopulation(z), bounds = map.getBounds(), boxes = [], shown = 0;
      for (var k = 0; k < list.length && shown < MAX_SHOWN; k++) {
        var p = list[k];
        if (!p.cap && p.pop < cut) continue;
        if (!bounds.contains([p.lat, p.lon])) continue;
        var pt = map.latLngToContainerPoint([p.lat, p.lon]);
        var big = p.cap || p.pop >= 1000000;
        var w = p.name.length * (big ? 7.5 : 6.5) + 10, h = big ? 17 : 15;
        var box = [pt.x - w / 2, pt.y - h - 2, pt.x + w / 2, pt.y + 4];
        var clash = false;
        for (var j = 0; j < boxes.length && !clash; j++) {
          var o = boxes[j];
          clash = box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1];
        }
        if (clash) continue;
        boxes.push(box);
        shown++;
        layer.addLayer(L.marker([p.lat, p.lon], {
          pane: "cm-labels",
          interactive: false,
          keyboard: false,
          icon: L.divIcon({
            className: "cm-place-label" + (p.cap ? " cm-capital" : big ? " cm-city" : ""),
            html: "<span>" + p.name.replace(/&/g, "&amp;").replace(/</g, "&lt;") + "</span>",
            iconSize: null
          })
        }));
      }
    }

    function onMove() {
      if (!map.hasLayer(layer)) return;
      draw();
      clearTimeout(timer);
      timer = setTimeout(fetchView, 150);
    }
    map.on("moveend", onMove);
    layer.on("add", function () { setTimeout(onMove, 0); });
    layer.draw = draw;
    layer.places = function () { return list; };
    return layer;
  };
})();
