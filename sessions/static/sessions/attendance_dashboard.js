/* The live attendance dashboard: the server's state on every (re)connect, then ready
   updates (the changed rows and what happened). Totals are recomputed from the rows
   on the page. The server says when updates are behind; the page shows it. Each
   state carries the feed's last lines, so a reload or a resync keeps them. */
(function () {
  "use strict";
  var root = document.querySelector(".dashboard");
  if (!root) return;
  var labels = JSON.parse(document.getElementById("dashboard-labels").textContent);
  var marks = { connected: "●", dropped: "▲", never_joined: "○" };
  var rows = {};
  var remote = null;
  var status = root.querySelector("[data-live-status]");
  var behind = root.querySelector("[data-behind]");

  function setBehind(isBehind) {
    root.dataset.behind = isBehind ? "1" : "0";
    behind.textContent = isBehind ? labels.behind : "";
    behind.hidden = !isBehind;
  }

  function setConnection(cell, state) {
    cell.dataset.state = state;
    cell.textContent = (marks[state] || "") + " " + (labels[state] || state);
  }

  function applyRow(row) {
    rows[row.endpoint_id] = row;
    var tr = root.querySelector('tr[data-endpoint="' + row.endpoint_id + '"]');
    if (!tr) return;
    setConnection(tr.querySelector('[data-field="connection"]'), row.connection);
    tr.querySelector('[data-field="checked_in"]').textContent = row.checked_in;
    tr.querySelector('[data-field="headcount"]').textContent =
      row.headcount === null || row.headcount === undefined ? "–" : row.headcount;
    tr.querySelector('[data-field="expected"]').textContent = row.expected;
    tr.querySelector('[data-field="expected_list"]').textContent =
      row.expected_arrived + " / " + row.expected_people;
    tr.querySelector('[data-field="absent"]').textContent = row.absent;
    tr.classList.remove("is-updated");
    void tr.offsetWidth;
    tr.classList.add("is-updated");
  }

  function totals() {
    var sum = { connected: 0, checked_in: 0, headcount: 0, expected: 0, absent: 0 };
    Object.keys(rows).forEach(function (key) {
      var row = rows[key];
      if (row.connection === "connected") sum.connected += 1;
      sum.checked_in += row.checked_in;
      sum.headcount += row.headcount || 0;
      sum.expected += row.expected;
      sum.absent += row.absent;
    });
    sum.connected = sum.connected + " / " + Object.keys(rows).length;
    if (remote) sum.remote = remote.checked_in;
    Object.keys(sum).forEach(function (key) {
      var el = root.querySelector('[data-total="' + key + '"]');
      if (el) el.textContent = sum[key];
    });
  }

  // The feed: newest first, one line per stored fact (its key), at most feedSize.
  // Times come from the server in Vietnam time; one without (never sent so) is
  // formatted in Vietnam time too, never in the browser's own zone.
  var feed = root.querySelector("[data-feed]");
  var feedSize = parseInt(feed.dataset.feedSize, 10) || 50;
  var hanoiTime = new Intl.DateTimeFormat("vi-VN", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Ho_Chi_Minh",
  });

  function feedLine(change) {
    var item = document.createElement("li");
    var what = (labels.feed && labels.feed[change.kind]) || change.kind;
    if (change.count !== undefined && change.count !== null) what += ": " + change.count;
    var parts = [
      change.time || hanoiTime.format(new Date((change.at || Date.now() / 1000) * 1000)),
      change.where || labels.remote || "",
      (change.name ? change.name + ": " : "") + what,
    ];
    item.textContent = parts.filter(Boolean).join(" · ");
    if (change.key) item.dataset.key = change.key;
    item.dataset.kind = change.kind;
    return item;
  }

  function shown(key) {
    if (!key) return false;
    return Array.prototype.some.call(feed.children, function (li) {
      return li.dataset.key === key;
    });
  }

  function addToFeed(change) {
    if (shown(change.key)) return; // already there (from a snapshot)
    var empty = feed.querySelector("[data-feed-empty]");
    if (empty) empty.remove();
    feed.insertBefore(feedLine(change), feed.firstChild);
    while (feed.children.length > feedSize) feed.removeChild(feed.lastChild);
  }

  function showFeed(lines) {
    feed.textContent = "";
    (lines || []).slice(0, feedSize).forEach(function (change) {
      feed.appendChild(feedLine(change));
    });
    if (!feed.children.length) {
      var empty = document.createElement("li");
      empty.className = "muted";
      empty.dataset.feedEmpty = "";
      empty.textContent = labels.feed_empty || "";
      feed.appendChild(empty);
    }
  }

  function applyState(state) {
    rows = {};
    state.endpoints.forEach(applyRow);
    remote = state.remote;
    totals();
    if (state.feed) showFeed(state.feed);
  }

  applyState(JSON.parse(document.getElementById("dashboard-state").textContent));

  var delay = 500;
  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(
      scheme + location.host + "/ws/attendance/" + root.dataset.session + "/"
    );
    socket.onopen = function () {
      delay = 500;
      status.textContent = labels.live;
      root.dataset.live = "1";
    };
    socket.onmessage = function (message) {
      var data = JSON.parse(message.data);
      if (data.type === "state") applyState(data);
      else if (data.type === "status") setBehind(data.behind);
      else if (data.type === "updates") {
        data.endpoints.forEach(applyRow);
        if (data.remote) remote = data.remote;
        totals();
        data.changes.forEach(addToFeed);
      }
    };
    socket.onclose = function () {
      root.dataset.live = "0";
      setBehind(false);
      status.textContent = labels.offline;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
    };
  }
  connect();
})();
