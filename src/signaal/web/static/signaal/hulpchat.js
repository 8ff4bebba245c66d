// Signaal: the young person's help chat (/hulpchat/<organisation id>/).
// No inline script (CSP): settings come from the JSON block #hc-config, texts from the
// hidden list #hc-texts (the hc.js.* texts in the page's language).
// Nothing is stored and no socket is opened before the young person presses start. After
// "started" the tab keeps {chat_id, token, last_seq, outbox, status} in sessionStorage only
// (gone when the tab closes), so a reload in the same tab resumes the chat.
// Protocol: docs/helpline.md, "Websocket protocol".
(function () {
  "use strict";
  var app = document.getElementById("hc-app");
  var configNode = document.getElementById("hc-config");
  if (!app || !configNode) { return; }
  var config = JSON.parse(configNode.textContent);
  var lang = config.lang === "en" ? "en" : "nl";
  var storageKey = config.storage_key;

  var texts = {};
  document.querySelectorAll("#hc-texts [data-key]").forEach(function (node) {
    texts[node.getAttribute("data-key")] = node.textContent;
  });
  function t(key, params) {
    var text = texts[key] || "";
    Object.keys(params || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(params[name]));
    });
    return text;
  }
  function $(id) { return document.getElementById(id); }

  var el = {
    alert: $("hc-alert"),
    intro: $("hc-intro"),
    startSection: $("hc-start-section"),
    startForm: $("hc-start-form"),
    start: $("hc-start"),
    connecting: $("hc-connecting"),
    codeField: $("hc-code-field"),
    chatCode: $("hc-chat-code"),
    chatSection: $("hc-chat-section"),
    chatTitle: $("hc-chat-title"),
    codeShown: $("hc-code-shown"),
    queue: $("hc-queue"),
    queueTitle: document.querySelector("#hc-queue .hc-queue-title"),
    queuePosition: $("hc-queue-position"),
    queueWait: $("hc-queue-wait"),
    connection: $("hc-connection"),
    log: $("hc-log"),
    typing: $("hc-typing"),
    sendForm: $("hc-send-form"),
    message: $("hc-message"),
    send: $("hc-send"),
    end: $("hc-end"),
    endedSection: $("hc-ended-section"),
    endedTitle: $("hc-ended-title"),
    feedback: $("hc-feedback"),
    thanks: $("hc-thanks"),
    newChat: $("hc-new-chat"),
    alternatives: $("hc-alternatives")
  };

  // --- the tab's memory: sessionStorage only, written only after "started" -----------------
  var chat = null; // {chat_id, token, last_seq, outbox: [{client_message_id, text}], status}
  function save() {
    if (!chat) { return; }
    try { window.sessionStorage.setItem(storageKey, JSON.stringify(chat)); } catch (e) { /* kept in memory */ }
  }
  function load() {
    try {
      var raw = window.sessionStorage.getItem(storageKey);
      var found = raw ? JSON.parse(raw) : null;
      return found && found.chat_id && found.token ? found : null;
    } catch (e) { return null; }
  }
  function forget() {
    chat = null;
    try { window.sessionStorage.removeItem(storageKey); } catch (e) { /* nothing kept */ }
  }

  // --- messages to the young person -----------------------------------------------------
  function say(node, text) { if (node) { node.textContent = text || ""; } }
  function localText(message) {
    if (!message) { return t("error"); }
    return message[lang] || message.nl || t("error");
  }
  var FIELD_INPUT = { nickname: "hc-nickname", age_band: "hc-age", chat_code: "hc-chat-code", text: "hc-message", helped: "hc-feedback", comment: "hc-comment" };
  function clearErrors() {
    say(el.alert, "");
    document.querySelectorAll("#hc-app .field-error").forEach(function (node) {
      node.textContent = ""; node.hidden = true;
    });
    document.querySelectorAll("#hc-app [aria-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
    });
  }
  function showError(field, text) {
    var target = field ? $("hc-error-" + field) : null;
    if (!target) { say(el.alert, text); return; }
    target.textContent = text;
    target.hidden = false;
    var input = $(FIELD_INPUT[field] || "");
    if (input && input.tagName !== "FIELDSET" && input.tagName !== "FORM") {
      input.setAttribute("aria-invalid", "true");
      input.focus();
    }
  }
  function formatWhen(iso) {
    try {
      return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", {
        weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit",
        timeZone: config.timezone
      }).format(new Date(iso));
    } catch (e) { return iso; }
  }

  // --- the socket -------------------------------------------------------------------------
  var socket = null;
  var wanted = false;      // whether the page wants a connection (a chat is going on)
  var pendingStart = null; // the start frame, until "started"
  var attempts = 0;
  var retryTimer = null;
  var reconnecting = false;
  var resumeAsked = false; // a resume is on its way (a gap, or after reconnecting)
  var inFlight = [];       // client_message_ids sent on this socket and not yet acknowledged
  var BACKOFF = [1000, 2000, 4000, 8000, 15000, 30000];

  function socketUrl() {
    return (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host + config.ws_path;
  }
  function isOpen() { return socket !== null && socket.readyState === WebSocket.OPEN; }
  function send(frame) {
    if (!isOpen()) { return false; }
    socket.send(JSON.stringify(frame));
    return true;
  }
  function connect() {
    if (socket) { return; }
    wanted = true;
    window.clearTimeout(retryTimer);
    var ws;
    try { ws = new WebSocket(socketUrl()); } catch (e) { scheduleReconnect(); return; }
    socket = ws;
    ws.onopen = function () {
      attempts = 0;
      inFlight = [];
      if (pendingStart) { send(pendingStart); }
      else if (chat) { askResume(); }
    };
    ws.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame && typeof frame.type === "string") { handle(frame); }
    };
    ws.onclose = function (event) {
      if (socket === ws) { socket = null; }
      if (event.code === 4000 || event.code === 4004 || !wanted) { return; }
      if (pendingStart) {
        // unknown whether the chat was started: let the young person press start again
        pendingStart = null;
        wanted = false;
        el.start.disabled = false;
        say(el.connecting, "");
        say(el.alert, t("error"));
        return;
      }
      scheduleReconnect();
    };
  }
  function scheduleReconnect() {
    if (!wanted || retryTimer) { return; }
    reconnecting = true;
    say(el.connection, t("reconnecting"));
    var delay = BACKOFF[Math.min(attempts, BACKOFF.length - 1)];
    attempts += 1;
    retryTimer = window.setTimeout(function () { retryTimer = null; connect(); }, delay + Math.floor(Math.random() * 500));
  }
  window.addEventListener("online", function () {
    if (wanted && !socket) { window.clearTimeout(retryTimer); retryTimer = null; connect(); }
  });
  function askResume() {
    if (!chat || !send({ type: "resume", chat_id: chat.chat_id, token: chat.token, after_seq: chat.last_seq })) { return; }
    resumeAsked = true;
  }
  function disconnect() {
    wanted = false;
    window.clearTimeout(retryTimer);
    retryTimer = null;
    if (socket) { var ws = socket; socket = null; try { ws.close(1000); } catch (e) { /* gone */ } }
  }

  // --- what the page shows ----------------------------------------------------------------
  function showChat() {
    // on a phone the chat comes first: the explanation was read before starting
    el.intro.hidden = true;
    el.startSection.hidden = true;
    el.chatSection.hidden = false;
  }
  function setStatus(status) {
    if (!chat) { return; }
    chat.status = status;
    save();
    var ended = status === "ended";
    el.queue.hidden = status !== "queued";
    el.sendForm.hidden = ended;
    if (ended) {
      say(el.typing, "");
      el.endedSection.hidden = false;
    }
  }
  function showQueue(position, minutes) {
    el.queue.hidden = false;
    el.queueTitle.hidden = false;
    say(el.queuePosition, position ? t("position", { position: position }) : "");
    var wait = minutes === null || minutes === undefined ? t("wait_unknown") : minutes === 0 ? t("wait_now") : t("wait", { minutes: minutes });
    say(el.queueWait, wait);
  }
  function senderLabel(sender) {
    return sender === "young" ? t("you") : sender === "counsellor" ? t("counsellor") : "";
  }
  function messageNode(sender, text, code) {
    var node = document.createElement("div");
    node.className = "hc-msg hc-msg-" + sender;
    node.setAttribute("data-sender", sender);
    if (sender === "system") {
      var note = document.createElement("p");
      note.className = "hc-msg-text";
      note.textContent = t(code) || code || "";
      node.appendChild(note);
      return node;
    }
    var who = document.createElement("p");
    who.className = "hc-msg-sender";
    who.textContent = senderLabel(sender);
    var body = document.createElement("p");
    body.className = "hc-msg-text";
    body.textContent = text || "";
    node.appendChild(who);
    node.appendChild(body);
    return node;
  }
  function placeInLog(node, seq) {
    // in seq order; messages still being sent (no seq yet) stay at the end
    var children = el.log.children;
    for (var i = 0; i < children.length; i += 1) {
      var other = children[i].getAttribute("data-seq");
      if (other === null || Number(other) > seq) { el.log.insertBefore(node, children[i]); return; }
    }
    el.log.appendChild(node);
  }
  function pendingNode(clientId) {
    var found = null;
    el.log.querySelectorAll(".hc-msg[data-client-id]").forEach(function (node) {
      if (node.getAttribute("data-client-id") === clientId) { found = node; }
    });
    return found;
  }
  function confirmNode(node, seq) {
    node.setAttribute("data-seq", String(seq));
    node.classList.remove("hc-msg-pending");
    var marker = node.querySelector(".hc-msg-sending");
    if (marker) { marker.remove(); }
    // move it to its place among the others
    el.log.removeChild(node);
    placeInLog(node, seq);
  }
  function showPending(item) {
    var node = messageNode("young", item.text, null);
    node.classList.add("hc-msg-pending");
    node.setAttribute("data-client-id", item.client_message_id);
    var marker = document.createElement("p");
    marker.className = "hc-msg-sending";
    marker.textContent = t("sending");
    node.appendChild(marker);
    el.log.appendChild(node);
    scrollLog();
  }
  function scrollLog() { el.log.scrollTop = el.log.scrollHeight; }
  function dropFromOutbox(clientId) {
    if (!chat || !clientId) { return; }
    chat.outbox = chat.outbox.filter(function (item) { return item.client_message_id !== clientId; });
  }

  // a message from the server: each seq is kept once; a gap asks for what was missed
  function receiveMessage(m) {
    if (!chat || typeof m.seq !== "number") { return; }
    if (m.seq <= chat.last_seq) { return; }
    if (m.seq > chat.last_seq + 1) {
      if (!resumeAsked) { askResume(); }
      return;
    }
    var node = (m.client_message_id && pendingNode(m.client_message_id)) || el.log.querySelector('.hc-msg[data-seq="' + m.seq + '"]');
    if (node) {
      if (node.getAttribute("data-seq") !== String(m.seq)) { confirmNode(node, m.seq); }
    } else {
      node = messageNode(m.sender, m.text, m.code);
      node.setAttribute("data-seq", String(m.seq));
      if (m.client_message_id) { node.setAttribute("data-client-id", m.client_message_id); }
      placeInLog(node, m.seq);
    }
    chat.last_seq = m.seq;
    dropFromOutbox(m.client_message_id);
    save();
    if (m.sender === "counsellor") { say(el.typing, ""); }
    if (m.sender === "system" && (m.code === "accepted" || m.code === "transferred")) { setStatus("active"); }
    scrollLog();
  }

  function newId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }
  function sendOutbox() {
    if (!chat) { return; }
    chat.outbox.forEach(function (item) {
      if (inFlight.indexOf(item.client_message_id) === -1 && send({ type: "message", client_message_id: item.client_message_id, text: item.text })) {
        inFlight.push(item.client_message_id);
      }
    });
  }

  // --- frames from the server -----------------------------------------------------------
  function handle(frame) {
    switch (frame.type) {
      case "started": return onStarted(frame);
      case "state": return onState(frame);
      case "queue": if (chat && chat.status === "queued") { showQueue(frame.position, frame.expected_wait_minutes); } return;
      case "message": return receiveMessage(frame);
      case "ack": return onAck(frame);
      case "typing":
        if (frame.sender === "counsellor") { setTyping(frame.on === true); }
        return;
      case "ended": return onEnded();
      case "feedback_saved": return onFeedbackSaved();
      case "error": return onError(frame);
      default: return;
    }
  }
  function onStarted(frame) {
    pendingStart = null;
    chat = { chat_id: frame.chat_id, token: frame.token, last_seq: 0, outbox: [], status: "queued" };
    save();
    el.start.disabled = false;
    say(el.connecting, "");
    showChat();
    setStatus("queued");
    showQueue(null, undefined);
    if (frame.chat_code) {
      // shown once, never stored
      el.codeShown.hidden = false;
      say(el.codeShown, t("code_shown", { code: frame.chat_code }));
    }
    el.chatTitle.focus();
  }
  function onState(frame) {
    resumeAsked = false;
    if (!chat) { return; }
    (frame.messages || []).forEach(receiveMessage);
    setStatus(frame.status);
    if (frame.status === "queued" && frame.queue) { showQueue(frame.queue.position, frame.queue.expected_wait_minutes); }
    say(el.connection, reconnecting ? t("connected") : "");
    reconnecting = false;
    if (frame.status !== "ended") { sendOutbox(); } else { chat.outbox = []; save(); clearPending(); }
  }
  function clearPending() {
    el.log.querySelectorAll(".hc-msg-pending").forEach(function (node) { node.remove(); });
  }
  function onAck(frame) {
    var at = inFlight.indexOf(frame.client_message_id);
    if (at !== -1) { inFlight.splice(at, 1); }
    var node = pendingNode(frame.client_message_id);
    if (node && node.classList.contains("hc-msg-pending")) { confirmNode(node, frame.seq); }
    dropFromOutbox(frame.client_message_id);
    save();
  }
  function onEnded() {
    if (!chat) { return; }
    chat.outbox = [];
    clearPending();
    setStatus("ended");
    stopTyping();
    el.endedTitle.focus();
  }
  function onFeedbackSaved() {
    el.feedback.hidden = true;
    say(el.thanks, el.thanks.getAttribute("data-thanks"));
    forget();
    disconnect();
  }
  var typingTimer = null;
  function setTyping(on) {
    window.clearTimeout(typingTimer);
    say(el.typing, on ? t("typing") : "");
    if (on) { typingTimer = window.setTimeout(function () { say(el.typing, ""); }, 15000); }
  }
  function onError(frame) {
    var text = localText(frame.message);
    if (frame["for"] === "start") {
      pendingStart = null;
      el.start.disabled = false;
      say(el.connecting, "");
      if (frame.code === "closed") {
        disconnect();
        var lines = [text];
        if (frame.next_opening) { lines.push(t("next", { when: formatWhen(frame.next_opening) })); }
        say(el.alert, lines.join(" "));
        if (el.alternatives) { el.alternatives.open = true; }
        return;
      }
      if (frame.field !== "chat") { disconnect(); }
      showError(frame.field, text);
      return;
    }
    if (frame["for"] === "connect") {
      pendingStart = null;
      el.start.disabled = false;
      say(el.connecting, "");
      disconnect();
      say(el.alert, text);
      return;
    }
    if (frame["for"] === "resume") {
      // the token no longer works (a quick exit in this tab, or the chat was removed)
      resumeAsked = false;
      disconnect();
      forget();
      clearTabState();
      say(el.alert, t("resume_failed"));
      return;
    }
    if (frame["for"] === "message") {
      // the oldest message not yet acknowledged is the refused one: give its text back
      var clientId = inFlight.shift();
      var node = clientId ? pendingNode(clientId) : null;
      if (node) {
        var body = node.querySelector(".hc-msg-text");
        if (!el.message.value && body) { el.message.value = body.textContent; }
        node.remove();
      }
      dropFromOutbox(clientId);
      save();
      showError(frame.field === "text" ? "text" : null, text);
      return;
    }
    if (frame["for"] === "feedback") {
      showError(frame.field === "helped" || frame.field === "comment" ? frame.field : null, text);
      return;
    }
    if (frame["for"] === "typing") { return; }
    say(el.alert, text);
  }
  function clearTabState() {
    el.log.textContent = "";
    el.intro.hidden = false;
    el.chatSection.hidden = true;
    el.endedSection.hidden = true;
    el.codeShown.hidden = true;
    el.startSection.hidden = config.status !== "open";
    el.startForm.hidden = false;
  }

  // --- what the young person does ---------------------------------------------------------
  function checkedValue(form, name) {
    var found = form.querySelector('input[name="' + name + '"]:checked');
    return found ? found.value : "";
  }
  el.startForm.addEventListener("change", function () {
    el.codeField.hidden = checkedValue(el.startForm, "code_choice") !== "keep";
  });
  el.startForm.addEventListener("submit", function (event) {
    event.preventDefault();
    if (pendingStart || chat) { return; }
    clearErrors();
    var ageBand = checkedValue(el.startForm, "age_band");
    var choice = checkedValue(el.startForm, "code_choice");
    var code = choice === "new" ? "new" : choice === "keep" ? el.chatCode.value.trim() : null;
    if (!ageBand) { showError("age_band", t("choose")); el.startForm.querySelector('input[name="age_band"]').focus(); return; }
    if (choice === "keep" && !code) { showError("chat_code", t("code_required")); return; }
    pendingStart = {
      type: "start",
      age_band: ageBand,
      nickname: $("hc-nickname").value.trim(),
      chat_code: code,
      lang: lang
    };
    el.start.disabled = true;
    say(el.connecting, t("connecting"));
    if (isOpen()) { send(pendingStart); } else { connect(); }
  });

  var typingOn = false;
  var typingIdle = null;
  function stopTyping() {
    window.clearTimeout(typingIdle);
    if (typingOn) { typingOn = false; if (chat && chat.status !== "ended") { send({ type: "typing", on: false }); } }
  }
  el.message.addEventListener("input", function () {
    if (!chat || chat.status === "ended") { return; }
    if (!typingOn && el.message.value) { typingOn = send({ type: "typing", on: true }); }
    window.clearTimeout(typingIdle);
    typingIdle = window.setTimeout(stopTyping, 3000);
  });
  el.message.addEventListener("keydown", function (event) {
    // Enter sends, Shift+Enter makes a new line
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      el.sendForm.requestSubmit ? el.sendForm.requestSubmit() : el.send.click();
    }
  });
  el.sendForm.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!chat || chat.status === "ended") { return; }
    var text = el.message.value.trim();
    if (!text) { return; }
    clearErrors();
    var item = { client_message_id: newId(), text: text };
    chat.outbox.push(item);
    save();
    showPending(item);
    el.message.value = "";
    stopTyping();
    if (!resumeAsked && send({ type: "message", client_message_id: item.client_message_id, text: text })) {
      inFlight.push(item.client_message_id);
    }
    el.message.focus();
  });
  el.end.addEventListener("click", function () {
    if (!chat || chat.status === "ended") { return; }
    if (!window.confirm(t("confirm_end"))) { return; }
    if (!send({ type: "end" })) { say(el.alert, t("reconnecting")); }
  });
  el.feedback.addEventListener("submit", function (event) {
    event.preventDefault();
    clearErrors();
    var helped = checkedValue(el.feedback, "helped");
    if (!helped) { showError("helped", t("choose")); el.feedback.querySelector('input[name="helped"]').focus(); return; }
    if (!send({ type: "feedback", helped: helped, comment: $("hc-comment").value.trim() })) { say(el.alert, t("reconnecting")); }
  });
  if (el.newChat) {
    el.newChat.addEventListener("click", function () { disconnect(); forget(); });
  }

  // quick exit (app.js): tell the server first, best effort, without waiting
  document.addEventListener("signaal:quick-exit", function () {
    wanted = false;
    // also while a start is on its way: the server handles this socket's frames in order, so
    // a chat it is starting now is ended right after
    if (isOpen()) {
      try { socket.send(JSON.stringify({ type: "quick_exit" })); } catch (e) { /* leave anyway */ }
    }
    chat = null;
  });

  // --- start: resume this tab's chat, or offer the start form ----------------------------
  var kept = load();
  if (kept) {
    chat = kept;
    chat.outbox = chat.outbox || [];
    chat.last_seq = 0; // the page is new: read the whole chat again
    showChat();
    setStatus(chat.status || "queued");
    if (chat.status !== "ended") { chat.outbox.forEach(showPending); }
    say(el.connection, t("connecting"));
    el.chatTitle.focus(); // back in the chat after a reload: bring it into view
    connect();
  } else {
    el.startForm.hidden = false;
  }
})();
