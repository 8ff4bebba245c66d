/* The counsellor's console: speaks the websocket protocol of /ws/console/ (docs/helpline.md).
 * No inline script: settings and texts come from the JSON block #con-config.
 * Every message is kept once per seq; a gap sends "resume"; the socket reconnects with
 * backoff; close code 4003 (session no longer a counsellor's) goes to the login page. */
(function () {
  "use strict";
  var configNode = document.getElementById("con-config");
  var app = document.getElementById("con-app");
  if (!configNode || !app) return;
  var cfg = JSON.parse(configNode.textContent);
  var T = cfg.texts;
  var SIGNALS_EVERY_MS = 15000; // automatic refresh of the signals panel: at most this often
  var TYPING_IDLE_MS = 3000;

  var socket = null;
  var retry = 0;
  var reconnectTimer = null;
  var connectedOnce = false;
  var synced = false; // false until the first "chats" after a (re)connect
  var chats = {}; // chat id -> {section, tab, lastSeq, seen, ended, outbox, ...}
  var visible = null;
  var colleagues = [];

  var connection = document.getElementById("con-connection");
  var queueList = document.getElementById("con-queue");
  var queueEmpty = document.getElementById("con-queue-empty");
  var toRegister = document.getElementById("con-to-register");
  var toRegisterEmpty = document.getElementById("con-to-register-empty");
  var tabs = document.getElementById("con-tabs");
  var chatsEmpty = document.getElementById("con-chats-empty");
  var holder = document.getElementById("con-chats");
  var template = document.getElementById("con-chat-template");
  var available = document.getElementById("con-available");
  var maxChats = document.getElementById("con-max");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function fill(text, params) {
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return key in params ? String(params[key]) : all;
    });
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function registerUrl(chatId) {
    return cfg.register.replace("{id}", chatId);
  }

  function label(chat) {
    return (chat.nickname || "—") + " · " + (cfg.ages[chat.age_band] || chat.age_band);
  }

  function clock(iso) {
    if (!iso) return "";
    var at = new Date(iso);
    return ("0" + at.getHours()).slice(-2) + ":" + ("0" + at.getMinutes()).slice(-2);
  }

  // --- the socket ---------------------------------------------------------------------

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function status(text) {
    connection.textContent = text || "";
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    synced = false; // a new connection: every chat is resumed from what this page has
    socket = new WebSocket(scheme + location.host + cfg.ws);
    socket.addEventListener("open", function () {
      retry = 0;
      if (connectedOnce) status(T.connected);
      connectedOnce = true;
    });
    socket.addEventListener("message", function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      var handle = handlers[frame.type];
      if (handle) handle(frame);
    });
    socket.addEventListener("close", function (event) {
      socket = null;
      if (event.code === 4003) {
        location.href = cfg.login;
        return;
      }
      status(T.reconnecting);
      var wait = Math.min(30000, 1000 * Math.pow(2, retry)) + Math.random() * 500;
      retry += 1;
      clearTimeout(reconnectTimer);
      reconnectTimer = setTimeout(connect, wait);
    });
  }

  // --- chats --------------------------------------------------------------------------

  function showChat(chatId) {
    visible = chatId;
    Object.keys(chats).forEach(function (id) {
      var c = chats[id];
      c.section.hidden = id !== chatId;
      c.tab.setAttribute("aria-pressed", id === chatId ? "true" : "false");
      if (id === chatId) {
        c.tab.querySelector("button").classList.remove("con-tab-new");
        c.tab.querySelector("button").removeAttribute("title");
      }
    });
  }

  function wire(chatId, section, tab) {
    var c = {
      id: chatId,
      section: section,
      tab: tab,
      log: section.querySelector(".con-log"),
      lastSeq: 0,
      seen: {},
      notes: {},
      ended: false,
      outbox: {},
      typingTimer: null,
      typingSent: false,
      idleTimer: null,
      signalsAt: 0,
      signalsTimer: null,
    };
    var message = section.querySelector(".con-message");
    section.querySelector(".con-send").addEventListener("click", function () {
      sendMessage(c);
    });
    message.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        sendMessage(c);
      }
    });
    message.addEventListener("input", function () {
      if (!c.typingSent) {
        c.typingSent = send({ type: "typing", chat_id: chatId, on: true });
      }
      clearTimeout(c.idleTimer);
      c.idleTimer = setTimeout(function () {
        stopTyping(c);
      }, TYPING_IDLE_MS);
    });
    var canned = section.querySelector(".con-canned");
    canned.addEventListener("change", function () {
      var pick = cfg.canned[Number(canned.value)];
      if (canned.value !== "" && pick) {
        message.value = message.value ? message.value + "\n" + pick.text : pick.text;
        message.focus();
      }
      canned.value = "";
    });
    section.querySelector(".con-add-note").addEventListener("click", function () {
      var note = section.querySelector(".con-note");
      if (!note.value.trim()) return;
      if (send({ type: "note", chat_id: chatId, text: note.value })) note.value = "";
    });
    section.querySelector(".con-transfer").addEventListener("click", function () {
      var to = section.querySelector(".con-transfer-to").value;
      if (to) send({ type: "transfer", chat_id: chatId, to_counsellor: Number(to) });
    });
    section.querySelector(".con-end").addEventListener("click", function () {
      if (window.confirm(T.confirm_end)) send({ type: "end", chat_id: chatId });
    });
    section.querySelector(".con-signals-refresh").addEventListener("click", function () {
      askSignals(c);
    });
    tab.querySelector("button").addEventListener("click", function () {
      showChat(chatId);
    });
    fillColleagues(c);
    chats[chatId] = c;
    return c;
  }

  function addChat(chat) {
    var section = holder.querySelector('[data-chat="' + chat.chat_id + '"]');
    var tab = tabs.querySelector('[data-tab="' + chat.chat_id + '"]');
    if (!section) {
      section = template.content.firstElementChild.cloneNode(true);
      section.setAttribute("data-chat", chat.chat_id);
      section.querySelector(".con-chat-name").textContent = label(chat);
      section.querySelector(".con-register-link").href = registerUrl(chat.chat_id);
      holder.appendChild(section);
    }
    if (!tab) {
      tab = el("li");
      var button = el("button", "con-tab", label(chat));
      button.type = "button";
      button.setAttribute("data-tab", chat.chat_id);
      tab.appendChild(button);
      tabs.appendChild(tab);
    } else {
      tab = tab.parentNode;
    }
    return wire(chat.chat_id, section, tab);
  }

  function removeChat(chatId) {
    var c = chats[chatId];
    if (!c) return;
    c.section.remove();
    c.tab.remove();
    delete chats[chatId];
    if (visible === chatId) visible = null;
  }

  function markEnded(c) {
    if (c.ended) return;
    c.ended = true;
    c.section.classList.add("con-chat-ended");
    c.section.querySelector(".con-ended").hidden = false;
    c.section.querySelector(".con-typing").hidden = true;
    var controls = c.section.querySelectorAll(
      ".con-message, .con-send, .con-canned, .con-transfer, .con-transfer-to, .con-end"
    );
    Array.prototype.forEach.call(controls, function (node) {
      node.disabled = true;
    });
  }

  function stopTyping(c) {
    clearTimeout(c.idleTimer);
    if (c.typingSent) send({ type: "typing", chat_id: c.id, on: false });
    c.typingSent = false;
  }

  function sendMessage(c) {
    var box = c.section.querySelector(".con-message");
    var text = box.value;
    if (!text.trim() || c.ended) return;
    var id = newId();
    c.outbox[id] = text;
    var pending = el("li", "con-msg con-pending");
    pending.setAttribute("data-client-id", id);
    pending.appendChild(el("span", "con-who", T.you));
    pending.appendChild(document.createTextNode(" "));
    pending.appendChild(el("span", "con-text", text));
    pending.appendChild(el("span", "con-time", " " + T.sending));
    c.log.appendChild(pending);
    box.value = "";
    stopTyping(c);
    send({ type: "message", chat_id: c.id, client_message_id: id, text: text });
  }

  function showError(c, text) {
    var node = c.section.querySelector(".con-error");
    node.textContent = text;
    node.hidden = !text;
  }

  function addMessage(c, m) {
    if (c.seen[m.seq]) return;
    c.seen[m.seq] = true;
    if (m.client_message_id) {
      var pending = c.log.querySelector('[data-client-id="' + m.client_message_id + '"]');
      if (pending && m.sender === "counsellor") pending.remove();
      delete c.outbox[m.client_message_id];
    }
    var item = el("li", "con-msg con-msg-" + m.sender);
    item.setAttribute("data-seq", m.seq);
    item.setAttribute("data-sender", m.sender);
    if (m.sender === "system") {
      item.appendChild(el("em", null, T[m.code] || m.code));
    } else {
      var who = m.sender === "young" ? T.young : T.counsellor;
      item.appendChild(el("span", "con-who", who));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(el("span", "con-text", m.text));
    }
    item.appendChild(el("span", "con-time", " " + clock(m.sent_at)));
    var later = null;
    Array.prototype.some.call(c.log.querySelectorAll(".con-msg[data-seq]"), function (node) {
      if (Number(node.getAttribute("data-seq")) > m.seq) {
        later = node;
        return true;
      }
      return false;
    });
    var firstPending = c.log.querySelector(".con-pending");
    c.log.insertBefore(item, later || firstPending);
    if (m.seq > c.lastSeq) c.lastSeq = m.seq;
    c.log.scrollTop = c.log.scrollHeight;
    if (m.code === "ended_by_young" || m.code === "ended_by_counsellor") markEnded(c);
  }

  function addNote(c, note) {
    if (c.notes[note.id]) return;
    c.notes[note.id] = true;
    var item = el("li");
    item.appendChild(el("span", "con-who", (note.author || T.you) + " " + clock(note.created_at)));
    item.appendChild(document.createTextNode(" "));
    item.appendChild(el("span", "con-text", note.text));
    c.section.querySelector(".con-notes").appendChild(item);
  }

  function fillColleagues(c) {
    var select = c.section.querySelector(".con-transfer-to");
    var keep = select.value;
    while (select.options.length > 1) select.remove(1);
    colleagues.forEach(function (person) {
      var option = el("option", null, person.name);
      option.value = String(person.id);
      select.appendChild(option);
    });
    select.value = keep;
  }

  // --- the signals panel ----------------------------------------------------------------

  function askSignals(c) {
    clearTimeout(c.signalsTimer);
    c.signalsTimer = null;
    c.signalsAt = Date.now();
    var body = c.section.querySelector(".con-signals-body");
    body.setAttribute("aria-busy", "true");
    if (!body.firstChild) body.appendChild(el("p", "hint", T.loading));
    send({ type: "signals", chat_id: c.id });
  }

  function signalsSoon(c) {
    // after a new message of the young person; at most once per SIGNALS_EVERY_MS
    if (c.signalsTimer || c.ended) return;
    var wait = Math.max(1500, c.signalsAt + SIGNALS_EVERY_MS - Date.now());
    c.signalsTimer = setTimeout(function () {
      askSignals(c);
    }, wait);
  }

  function showSignals(c, frame) {
    var body = c.section.querySelector(".con-signals-body");
    body.removeAttribute("aria-busy");
    body.textContent = "";
    if (frame.alert) body.appendChild(el("p", "alert con-alert", T.alert));
    body.appendChild(el("p", "con-score", T.score + ": " + frame.score.toFixed(2)));
    if (frame.phase) {
      var phaseName = frame.phase_label ? frame.phase_label[cfg.lang] || frame.phase_label.nl : frame.phase;
      body.appendChild(el("p", "con-phase", T.phase + ": " + phaseName));
    }
    if (!frame.behaviours.length) {
      body.appendChild(el("p", "hint", T.no_signals));
      return;
    }
    var list = el("ul", "con-behaviours");
    frame.behaviours.forEach(function (b) {
      var item = el("li", "con-behaviour");
      item.setAttribute("data-behaviour", b.id);
      var head = el("p");
      head.appendChild(el("strong", null, b.label[cfg.lang] || b.label.nl));
      head.appendChild(document.createTextNode(" (" + b.count + "×)"));
      item.appendChild(head);
      if (b.examples.length) {
        item.appendChild(el("p", "hint", T.examples));
        var quotes = el("ul", "con-examples");
        b.examples.forEach(function (example) {
          quotes.appendChild(el("li", null, "“" + example.text + "”"));
        });
        item.appendChild(quotes);
      }
      list.appendChild(item);
    });
    body.appendChild(list);
  }

  // --- frames from the server -----------------------------------------------------------

  var handlers = {
    queue: function (frame) {
      queueList.textContent = "";
      frame.entries.forEach(function (entry) {
        var item = el("li");
        item.setAttribute("data-queue", entry.chat_id);
        var text = label(entry) + " · " + fill(T.waiting, { minutes: entry.waiting_minutes });
        item.appendChild(el("span", "con-who", text));
        item.appendChild(document.createTextNode(" "));
        var button = el("button", "button con-accept", T.accept);
        button.type = "button";
        button.setAttribute("data-accept", entry.chat_id);
        item.appendChild(button);
        queueList.appendChild(item);
      });
      queueEmpty.hidden = frame.entries.length > 0;
    },
    chats: function (frame) {
      var resumeAll = !synced;
      synced = true;
      var active = {};
      frame.active.forEach(function (chat) {
        active[chat.chat_id] = true;
        var c = chats[chat.chat_id];
        if (!c || c.ended) {
          if (c) removeChat(chat.chat_id);
          c = addChat(chat);
          send({ type: "resume", chat_id: chat.chat_id, after_seq: 0 });
        } else if (resumeAll) {
          send({ type: "resume", chat_id: chat.chat_id, after_seq: c.lastSeq });
        }
        if (resumeAll) {
          Object.keys(c.outbox).forEach(function (id) {
            send({ type: "message", chat_id: c.id, client_message_id: id, text: c.outbox[id] });
          });
        }
      });
      var ended = {};
      frame.to_register.forEach(function (chat) {
        ended[chat.chat_id] = true;
      });
      Object.keys(chats).forEach(function (id) {
        if (active[id]) return;
        if (ended[id]) markEnded(chats[id]);
        else removeChat(id); // transferred to a colleague, or registered
      });
      toRegister.textContent = "";
      frame.to_register.forEach(function (chat) {
        var item = el("li");
        var link = el("a", null, T.register + ": " + label(chat));
        link.href = registerUrl(chat.chat_id);
        link.setAttribute("data-register", chat.chat_id);
        item.appendChild(link);
        toRegister.appendChild(item);
      });
      toRegisterEmpty.hidden = frame.to_register.length > 0;
      chatsEmpty.hidden = Object.keys(chats).length > 0;
      if (!visible || !chats[visible]) {
        var first = Object.keys(chats)[0];
        if (first) showChat(first);
      }
    },
    colleagues: function (frame) {
      colleagues = frame.available;
      Object.keys(chats).forEach(function (id) {
        fillColleagues(chats[id]);
      });
    },
    availability: function (frame) {
      available.checked = frame.available;
      if (frame.max_chats) maxChats.value = String(frame.max_chats);
    },
    state: function (frame) {
      var c = chats[frame.chat_id];
      if (!c) return;
      frame.messages.forEach(function (m) {
        addMessage(c, m);
      });
      frame.notes.forEach(function (n) {
        addNote(c, n);
      });
      if (frame.status === "ended") markEnded(c);
    },
    message: function (frame) {
      var c = chats[frame.chat_id];
      if (!c || c.seen[frame.seq]) return;
      if (frame.seq > c.lastSeq + 1) {
        send({ type: "resume", chat_id: c.id, after_seq: c.lastSeq }); // fill the gap
        return;
      }
      addMessage(c, frame);
      if (frame.sender === "young") {
        c.section.querySelector(".con-typing").hidden = true;
        if (visible !== c.id) {
          var tabButton = c.tab.querySelector("button");
          tabButton.classList.add("con-tab-new");
          tabButton.title = fill(T.new_chat, { name: tabButton.textContent });
        }
        signalsSoon(c);
      }
    },
    ack: function (frame) {
      var c = chats[frame.chat_id];
      if (c) {
        delete c.outbox[frame.client_message_id];
        showError(c, "");
      }
    },
    typing: function (frame) {
      var c = chats[frame.chat_id];
      if (!c || frame.sender !== "young") return;
      var node = c.section.querySelector(".con-typing");
      node.hidden = !frame.on || c.ended;
      clearTimeout(c.typingTimer);
      if (frame.on) {
        c.typingTimer = setTimeout(function () {
          node.hidden = true;
        }, 8000);
      }
    },
    ended: function (frame) {
      var c = chats[frame.chat_id];
      if (c) markEnded(c);
    },
    note: function (frame) {
      var c = chats[frame.chat_id];
      if (c) addNote(c, frame);
    },
    signals: function (frame) {
      var c = chats[frame.chat_id];
      if (c) showSignals(c, frame);
    },
    error: function (frame) {
      var text = frame.message ? frame.message[cfg.lang] || frame.message.nl : "";
      // the error names its chat when the event had one; else the chat in view
      var c = frame.chat_id && chats[frame.chat_id] ? chats[frame.chat_id] : visible ? chats[visible] : null;
      if (c && frame.client_message_id && c.outbox[frame.client_message_id] !== undefined) {
        // refused for good (too long, chat ended): not sent again; the text goes back in the box
        var refused = c.outbox[frame.client_message_id];
        delete c.outbox[frame.client_message_id];
        var mark = c.log.querySelector('[data-client-id="' + frame.client_message_id + '"]');
        if (mark) mark.remove();
        var box = c.section.querySelector(".con-message");
        if (box && !box.value) box.value = refused;
      }
      if (frame.for === "signals" && c) {
        var body = c.section.querySelector(".con-signals-body");
        body.removeAttribute("aria-busy");
        body.textContent = text;
        return;
      }
      if (c && frame.for !== "connect" && frame.for !== "push" && frame.for !== null) {
        showError(c, text);
      } else {
        status(text);
      }
    },
  };

  // --- controls outside the chats -------------------------------------------------------

  function sendAvailability() {
    send({ type: "availability", available: available.checked, max_chats: Number(maxChats.value) });
  }
  available.addEventListener("change", sendAvailability);
  maxChats.addEventListener("change", sendAvailability);
  queueList.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-accept]");
    if (button) send({ type: "accept", chat_id: button.getAttribute("data-accept") });
  });

  // chats the server rendered into the page are wired now; resumed once connected
  Array.prototype.forEach.call(holder.querySelectorAll("[data-chat]"), function (section) {
    var chatId = section.getAttribute("data-chat");
    var tab = tabs.querySelector('[data-tab="' + chatId + '"]');
    if (tab) wire(chatId, section, tab.parentNode);
  });
  var shown = tabs.querySelector('[aria-pressed="true"]');
  if (shown) visible = shown.getAttribute("data-tab");

  connect();
})();
