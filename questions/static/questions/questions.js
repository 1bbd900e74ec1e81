/* Questions to the presenter on the session's live page. The server sends the whole
   list (in the queue's order) on every (re)connect and after every change; the page
   redraws it from that. Asking, voting and moderating post the page's own forms
   with fetch (they work without script too). User text only ever goes through
   textContent. */
(function () {
  "use strict";
  var root = document.querySelector("[data-qa]");
  var dataNode = document.getElementById("qa-data");
  if (!root || !dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var labels = data.labels;
  var moderates = data.audience === "moderators";
  var mine = new Set(data.mine);
  var voted = new Set(data.voted);
  var feed = data.feed;
  var shownSent = 0;
  var list = root.querySelector("[data-qa-list]");
  var status = root.querySelector("[data-qa-status]");
  var csrf = root.querySelector("[name=csrfmiddlewaretoken]");

  function fill(template, count) {
    return template.replace("%(count)s", String(count));
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function actionForm(url, name, value, label, main) {
    var form = el("form");
    form.method = "post";
    form.action = url;
    var input = el("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    var button = el("button", main ? "" : "button--secondary", label);
    button.type = "submit";
    if (csrf) form.appendChild(csrf.cloneNode());
    form.appendChild(input);
    form.appendChild(button);
    return form;
  }

  function urlFor(kind, id) {
    return data.urls[kind].replace("/0/", "/" + id + "/");
  }

  function item(q) {
    var li = el("li", "qa-item");
    li.dataset.question = q.id;
    li.classList.toggle("qa-item--pinned", q.pinned);
    li.classList.toggle("qa-item--answered", q.answered);
    li.classList.toggle("qa-item--hidden", !!q.hidden);
    var meta = el("p", "qa-item__meta");
    meta.appendChild(el("strong", "", q.site));
    if (q.author) {
      meta.appendChild(document.createTextNode(" · "));
      var author = el("span", q.anonymous ? "qa-item__private" : "", q.author);
      if (q.anonymous) author.textContent += " (" + labels.anonymous_to_others + ")";
      meta.appendChild(author);
    } else if (q.anonymous) {
      meta.appendChild(document.createTextNode(" · " + labels.anonymous));
    }
    if (q.for_room) meta.appendChild(document.createTextNode(" (" + labels.for_room + ")"));
    meta.appendChild(document.createTextNode(" · " + q.time + " "));
    if (q.pinned) meta.appendChild(el("span", "badge", labels.pinned));
    if (q.answered) meta.appendChild(el("span", "badge", labels.answered));
    if (q.hidden) meta.appendChild(el("span", "badge", labels.hidden));
    li.appendChild(meta);
    li.appendChild(el("p", "qa-item__text", q.text));
    var actions = el("div", "qa-item__actions");
    var votes = el("span", "qa-item__votes", fill(q.votes === 1 ? labels.votes_one : labels.votes_many, q.votes));
    votes.dataset.votes = q.votes;
    actions.appendChild(votes);
    if (mine.has(q.id)) {
      actions.appendChild(el("span", "badge", labels.yours));
    } else if (!moderates && feed.accepting && !q.hidden) {
      var has = voted.has(q.id);
      var form = actionForm(urlFor("vote", q.id), "supports", has ? "0" : "1", has ? labels.unvote : labels.vote, !has);
      form.querySelector("button").setAttribute("aria-pressed", has ? "true" : "false");
      form.dataset.qaVote = q.id;
      actions.appendChild(form);
    }
    if (moderates) {
      var moderate = urlFor("moderate", q.id);
      actions.appendChild(actionForm(moderate, "action", q.answered ? "unanswer" : "answer", q.answered ? labels.unanswer : labels.answer));
      if (!q.hidden) actions.appendChild(actionForm(moderate, "action", q.pinned ? "unpin" : "pin", q.pinned ? labels.unpin : labels.pin));
      actions.appendChild(actionForm(moderate, "action", q.hidden ? "unhide" : "hide", q.hidden ? labels.unhide : labels.hide));
    }
    li.appendChild(actions);
    return li;
  }

  function draw() {
    // Redrawing replaces the buttons: keep the keyboard focus where it was.
    var active = document.activeElement;
    var activeItem = active && list.contains(active) ? active.closest("[data-question]") : null;
    var activeForm = activeItem ? active.closest("form") : null;
    var focused = activeForm
      ? [activeItem.dataset.question, Array.prototype.indexOf.call(activeItem.querySelectorAll("form"), activeForm)]
      : null;
    var items = document.createDocumentFragment();
    feed.questions.forEach(function (q) { items.appendChild(item(q)); });
    if (!feed.questions.length) items.appendChild(el("li", "muted", labels.empty));
    list.replaceChildren(items);
    if (focused) {
      var again = list.querySelectorAll('[data-question="' + focused[0] + '"] form button')[focused[1]];
      if (again) again.focus();
    }
    root.dataset.accepting = feed.accepting ? "1" : "0";
    var ask = root.querySelector("[data-qa-ask]");
    var closed = root.querySelector("[data-qa-closed]");
    if (ask) ask.hidden = !feed.accepting;
    if (closed) closed.hidden = feed.accepting;
    var anon = root.querySelector("[data-qa-anon]");
    if (anon) {
      anon.hidden = !feed.allow_anonymous;
      if (!feed.allow_anonymous) anon.querySelector("input").checked = false;
    }
    root.dataset.count = feed.questions.length;
  }

  function apply(message) {
    if (message.sent && message.sent < shownSent) return; // older than what is shown
    shownSent = message.sent || shownSent;
    feed = message;
    draw();
  }

  function post(form) {
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false, error: labels.failed }; });
    });
  }

  var result = root.querySelector("[data-qa-result]");
  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.matches("[data-qa-settings]")) return; // a plain post: reloads with a message
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button.disabled) return; // a double click sends once
    button.disabled = true;
    post(form).then(function (answer) {
      button.disabled = false;
      if (form.matches("[data-qa-ask]")) {
        result.textContent = answer.ok ? labels.sent : answer.error;
        result.dataset.ok = answer.ok ? "1" : "0";
        if (answer.ok) {
          mine.add(answer.id);
          form.reset();
          updateLeft();
          draw();
        }
        return;
      }
      if (!answer.ok) {
        status.textContent = answer.error;
        return;
      }
      if (form.dataset.qaVote) {
        if (answer.voted) voted.add(answer.id);
        else voted.delete(answer.id);
        draw();
      }
    }, function () {
      button.disabled = false;
      status.textContent = labels.failed;
    });
  });

  var text = root.querySelector("#qa-text");
  var left = root.querySelector("[data-qa-left]");
  var help = left ? left.textContent : "";
  function updateLeft() {
    if (!text) return;
    var remaining = data.max_length - text.value.length;
    left.textContent = text.value ? fill(labels.chars_left, remaining) : help;
  }
  if (text) text.addEventListener("input", updateLeft);

  var projector = root.querySelector("[data-qa-projector]");
  if (projector) {
    projector.hidden = false;
    projector.addEventListener("click", function () {
      var on = !root.classList.contains("qa--projector");
      root.classList.toggle("qa--projector", on);
      document.body.classList.toggle("is-projecting", on);
      projector.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  draw();

  var delay = 500;
  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + "/ws/questions/" + data.session + "/");
    socket.onopen = function () {
      delay = 500;
      status.textContent = labels.live;
      root.dataset.live = "1";
    };
    socket.onmessage = function (message) {
      var update = JSON.parse(message.data);
      if (update.type === "feed") apply(update);
    };
    socket.onclose = function (event) {
      root.dataset.live = "0";
      if (event.code === 4401 || event.code === 4403) return; // refused: retrying will not help
      status.textContent = labels.offline;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
    };
  }
  connect();
})();
