// Signaal: quick exit. No inline script anywhere (CSP script-src 'self').
// The button, or Esc pressed twice within 1.5 seconds, blanks the page at once, ends the
// server session (a beacon to /exit/) and a help chat kept in this tab (a beacon to
// /hulpchat/<organisation id>/exit/), clears this tab's storage and replaces the current
// page in history with a neutral site.
(function () {
  "use strict";
  var button = document.querySelector("[data-quick-exit]");
  if (!button) { return; }
  var target = button.getAttribute("data-exit-url") || "https://www.buienradar.nl";
  var exitPath = button.getAttribute("href") || "/exit/";
  var leaving = false;

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    if (leaving) { return; }
    leaving = true;
    document.documentElement.classList.add("exiting");
    document.title = "";
    // a page with a live connection (the help chat) says goodbye first, without waiting
    try { document.dispatchEvent(new CustomEvent("signaal:quick-exit")); } catch (e) { /* leave anyway */ }
    endHelpChats();
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
    try {
      if (navigator.sendBeacon) { navigator.sendBeacon(exitPath); }
      else { fetch(exitPath, { method: "POST", keepalive: true, credentials: "same-origin" }); }
    } catch (e) { /* leave anyway */ }
    window.location.replace(target);
  }

  // A help chat kept in this tab (hulpchat.js: "signaal.hulpchat.<organisation id>" holds
  // its chat_id and token) ends on the server through a beacon, also when its socket is
  // down or the young person is on another page of the site.
  function endHelpChats() {
    try {
      if (!navigator.sendBeacon) { return; }
      for (var i = 0; i < window.sessionStorage.length; i += 1) {
        var key = window.sessionStorage.key(i) || "";
        var found = /^signaal\.hulpchat\.(\d+)$/.exec(key);
        var kept = found ? JSON.parse(window.sessionStorage.getItem(key) || "null") : null;
        if (kept && kept.chat_id && kept.token) {
          var body = new URLSearchParams();
          body.set("chat_id", String(kept.chat_id));
          body.set("token", String(kept.token));
          navigator.sendBeacon("/hulpchat/" + found[1] + "/exit/", body);
        }
      }
    } catch (e) { /* leave anyway */ }
  }

  button.addEventListener("click", quickExit);
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 1500) { quickExit(event); }
    lastEscape = now;
  });
})();

// Follow-up items: a fieldset with data-show-if is shown only while its condition holds on
// the answers of this page. The server ignores answers to follow-ups that do not apply
// (rule R10), so this only keeps the page short; without script every item stays visible
// (the server never hides them), so no follow-up is ever out of reach.
(function () {
  "use strict";
  var form = document.querySelector("form[data-conditions]");
  if (!form) { return; }
  function answer(id) {
    var checked = form.querySelector('input[name="item_' + id + '"]:checked');
    return checked ? checked.value : "";
  }
  function holds(c) {
    if (c.present) { return answer(c.present) === "present"; }
    if (c.absent) { return answer(c.absent) === "absent"; }
    if (c.unknown) { var a = answer(c.unknown); return a === "" || a === "unknown"; }
    if (c.all) { return c.all.every(holds); }
    if (c.any) { return c.any.some(holds); }
    if (c.not) { return !holds(c.not); }
    return true;
  }
  function update() {
    form.querySelectorAll("[data-show-if]").forEach(function (fieldset) {
      var show = holds(JSON.parse(fieldset.getAttribute("data-show-if")));
      fieldset.hidden = !show;
    });
  }
  form.addEventListener("change", update);
  update();
})();
