/* conflictmap editor page (/review): the queue of unreviewed events, verify / reject / edit, and "Add a
   report". The key lives in sessionStorage only (never in a URL, never sent anywhere but this server). */
(function () {
  "use strict";
  var cfg = document.body.dataset;
  var keyInput = document.getElementById("cm-key");
  var queue = document.getElementById("cm-queue");
  var status = document.getElementById("cm-status");
  var maps = [];
  keyInput.value = sessionStorage.getItem("cm-review-key") || "";

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function say(text, bad) {
    status.textContent = text;
    status.className = bad ? "cm-status cm-bad" : "cm-status";
  }
  function api(method, path, body, type) {
    var headers = { Authorization: "Bearer " + keyInput.value.trim() };
    if (body !== undefined) headers["Content-Type"] = type || "application/json";
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.json().then(function (j) {
          if (!r.ok) throw new Error((j.detail || j.title || r.status) + "");
          return j;
        });
      });
  }

  function card(f) {
    var p = f.properties, id = f.id;
    var el = document.createElement("article");
    el.className = "cm-card";
    el.dataset.id = id;
    var src = p.source || {};
    el.innerHTML =
      '<div class="cm-minimap" id="map-' + esc(id) + '"></div>' +
      '<div class="cm-body"><h3>' + esc(p.event_date) + " · " + esc(p.sub_event_type || p.event_type) + " · " + esc(p.location) + "</h3>" +
      '<p class="cm-facts">killed <b class="cm-killed">' + esc(p.fatalities == null ? "?" : p.fatalities) + "</b>, injured <b>" +
      esc(p.injured == null ? "?" : p.injured) + "</b> · " + esc(p.claim_status) + " · " + esc(p.actor1 || "") +
      ' · <span class="cm-review-state">' + esc(p.review_status) + "</span></p>" +
      '<blockquote class="cm-sentence">' + esc(p.notes) + "</blockquote>" +
      '<p class="cm-src">' + esc(src.outlet || "") + (src.url ? ' · <a href="' + esc(src.url) + '" rel="noopener" target="_blank">source</a>' : "") + "</p>" +
      '<div class="cm-actions"><input class="cm-note" placeholder="note (why)" maxlength="2000">' +
      '<button class="cm-verify">Verify</button> <button class="cm-reject">Reject</button></div>' +
      '<details class="cm-edit"><summary>Edit</summary>' +
      '<label>killed <input class="cm-f-fatalities" type="number" min="0" value="' + esc(p.fatalities == null ? "" : p.fatalities) + '"></label> ' +
      '<label>injured <input class="cm-f-injured" type="number" min="0" value="' + esc(p.injured == null ? "" : p.injured) + '"></label> ' +
      '<label>place <input class="cm-f-place" value=""></label> ' +
      '<label>date <input class="cm-f-date" type="date" value="' + esc(p.event_date) + '"></label> ' +
      '<button class="cm-save">Save correction</button></details></div>';
    el.querySelector(".cm-verify").onclick = function () { review(el, { review_status: "verified" }); };
    el.querySelector(".cm-reject").onclick = function () { review(el, { review_status: "rejected" }); };
    el.querySelector(".cm-save").onclick = function () {
      var patch = {};
      var k = el.querySelector(".cm-f-fatalities").value, i = el.querySelector(".cm-f-injured").value;
      patch.fatalities = k === "" ? null : parseInt(k, 10);
      patch.injured = i === "" ? null : parseInt(i, 10);
      var place = el.querySelector(".cm-f-place").value.trim();
      if (place) patch.place = place;
      patch.event_date = el.querySelector(".cm-f-date").value;
      review(el, patch, true);
    };
    return el;
  }

  function review(el, patch, keep) {
    var note = el.querySelector(".cm-note").value.trim();
    if (note) patch.note = note;
    api("PATCH", "/api/events/" + encodeURIComponent(el.dataset.id), patch, "application/merge-patch+json")
      .then(function (f) {
        var p = f.properties;
        say(el.dataset.id + ": " + p.review_status + (p.corrected ? " (corrected: " + p.corrected.join(", ") + ")" : ""));
        el.querySelector(".cm-review-state").textContent = p.review_status;
        el.querySelector(".cm-killed").textContent = p.fatalities == null ? "?" : p.fatalities;
        if (!keep && p.review_status !== "unreviewed") el.classList.add("cm-done", "cm-" + p.review_status);
      })
      .catch(function (e) { say(el.dataset.id + ": " + e.message, true); });
  }

  function load() {
    sessionStorage.setItem("cm-review-key", keyInput.value.trim());
    maps.forEach(function (m) { m.remove(); });
    maps = [];
    api("GET", "/api/whoami")
      .then(function (me) {
        if (me.roles.indexOf("review") < 0) throw new Error("this key may not review");
        document.getElementById("cm-who").textContent = "signed in as " + me.name + " (" + me.roles.join(", ") + ")";
        return api("GET", "/api/events?review_status=unreviewed&limit=" + (cfg.limit || 30));
      })
      .then(function (fc) {
        queue.innerHTML = "";
        fc.features.forEach(function (f) {
          queue.appendChild(card(f));
          var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
          var m = L.map("map-" + f.id, { zoomControl: false, attributionControl: false }).setView(ll, 8);
          L.tileLayer(cfg.tiles, { maxZoom: 18 }).addTo(m);
          L.circleMarker(ll, { radius: 7, color: "#b00" }).addTo(m);
          maps.push(m);
        });
        say(fc.numberMatched + " unreviewed events" + (fc.numberMatched > fc.features.length ? " (newest " + fc.features.length + " shown)" : ""));
        document.documentElement.dataset.cmReady = "1";
      })
      .catch(function (e) { say("cannot load the queue: " + e.message, true); document.documentElement.dataset.cmReady = "1"; });
  }

  document.getElementById("cm-load").onclick = load;
  document.getElementById("cm-add").onsubmit = function (ev) {
    ev.preventDefault();
    var url = document.getElementById("cm-add-url").value.trim();
    var text = document.getElementById("cm-add-text").value.trim();
    var body = url ? { url: url } : {
      id: "pasted-" + Date.now(), text: text, title: document.getElementById("cm-add-title").value.trim() || null,
      published: document.getElementById("cm-add-date").value || null, outlet: "pasted by an editor",
    };
    api("POST", "/api/articles", body)
      .then(function (fc) { say("report added: " + fc.features.length + " events"); load(); })
      .catch(function (e) { say("cannot add the report: " + e.message, true); });
  };
  if (keyInput.value) load();
})();
