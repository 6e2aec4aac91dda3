/*
 * LiveRoom sale-page beacon. Include it on the sale page:
 *   <script async src="https://liveroom.example.com/beacon.js"
 *           data-launch="LAUNCH_ID" data-key="BEACON_KEY" data-channel-param="ch"></script>
 * It reports one page_view per page load (and per call of LiveRoomBeacon.pageView() in a
 * single-page app), attributed to the group named by the link's channel parameter (?ch=g0001).
 * The visitor id lives in a first-party cookie so repeat visits count once in UV.
 * Events are batched and sent with navigator.sendBeacon as text/plain, which needs no CORS
 * preflight and survives the page being closed. The beacon key only accepts page views and page errors.
 *
 * Page errors (page_error): uncaught script errors ("js") and unhandled promise rejections
 * ("promise") are reported by themselves; a page reports its own failures with
 * LiveRoomBeacon.pageError("checkout", "HTTP 502"). With data-checkout-match="/api/checkout" the
 * beacon also reports fetch calls to matching URLs that fail or answer 5xx ("checkout").
 * At most MAX_ERRORS per page load, so an error in a loop cannot flood the control room.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var launch = script.getAttribute("data-launch");
  var key = script.getAttribute("data-key");
  var channelParam = script.getAttribute("data-channel-param") || "ch";
  if (!launch || !key) return;

  var endpoint = new URL("/api/launches/" + encodeURIComponent(launch) + "/beacon?key=" + encodeURIComponent(key), script.src).href;
  var queue = [];
  var timer = null;
  var FLUSH_MS = 2000;
  var MAX_BATCH = 50;
  var MAX_ERRORS = 10;
  var errorsSent = 0;

  function randomId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function visitorId() {
    var match = document.cookie.match(/(?:^|; )lr_vid=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var id = randomId();
    document.cookie = "lr_vid=" + encodeURIComponent(id) + "; path=/; max-age=31536000; SameSite=Lax";
    return id;
  }

  function groupId() {
    var fromLink = new URLSearchParams(location.search).get(channelParam);
    return fromLink || script.getAttribute("data-group");
  }

  function flush() {
    if (timer) { clearTimeout(timer); timer = null; }
    while (queue.length) {
      var body = JSON.stringify(queue.splice(0, MAX_BATCH));
      var sent = navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: "text/plain" }));
      if (!sent) {
        fetch(endpoint, { method: "POST", body: body, keepalive: true, headers: { "Content-Type": "text/plain" } }).catch(function () {});
      }
    }
  }

  function enqueue(e) {
    queue.push(e);
    if (queue.length >= MAX_BATCH) flush();
    else if (!timer) timer = setTimeout(flush, FLUSH_MS);
  }

  function pageView() {
    var group = groupId();
    if (!group) return; // a visit without a channel cannot be attributed to a group
    enqueue({ id: randomId(), type: "page_view", groupId: group, visitorId: visitorId(), at: new Date().toISOString() });
  }

  function pageError(code, message) {
    var group = groupId();
    if (!group || errorsSent >= MAX_ERRORS) return;
    errorsSent++;
    // The server refuses longer values (code 64, message 300 characters).
    enqueue({ id: randomId(), type: "page_error", groupId: group, at: new Date().toISOString(),
      code: String(code || "js").slice(0, 64), message: String(message || "").slice(0, 300) });
    flush(); // an error may be followed by the page dying: send now
  }

  window.addEventListener("error", function (e) { pageError("js", e.message); });
  window.addEventListener("unhandledrejection", function (e) { pageError("promise", e.reason && e.reason.message || e.reason); });

  var checkoutMatch = script.getAttribute("data-checkout-match");
  if (checkoutMatch && window.fetch) {
    var originalFetch = window.fetch;
    window.fetch = function (input, init) {
      var url = typeof input === "string" ? input : (input && input.url) || "";
      var call = originalFetch.apply(this, arguments);
      if (url.indexOf(checkoutMatch) < 0) return call;
      return call.then(function (r) {
        if (r.status >= 500) pageError("checkout", "HTTP " + r.status);
        return r;
      }, function (err) {
        pageError("checkout", err && err.message);
        throw err;
      });
    };
  }

  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") flush(); });
  window.addEventListener("pagehide", flush);
  window.LiveRoomBeacon = { pageView: pageView, pageError: pageError, flush: flush };
  pageView();
})();
