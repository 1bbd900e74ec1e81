/* The live attendance dashboard: the server's state on every (re)connect, then ready
   updates (the changed rows and what happened). Totals are recomputed from the rows
   on the page. The server says when updates are behind; the page shows it. */
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

  var feed = root.querySelector("[data-feed]");
  function addToFeed(change) {
    var kind = change.kind || "connection";
    var empty = feed.querySelector("[data-feed-empty]");
    if (empty) empty.remove();
    var item = document.createElement("li");
    var time = new Date((change.at || Date.now() / 1000) * 1000);
    var parts = [
      time.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" }),
      change.where || labels.remote || "",
      (change.name ? change.name + ": " : "") + (labels[kind] || kind),
    ];
    item.textContent = parts.filter(Boolean).join(" · ");
    feed.insertBefore(item, feed.firstChild);
    while (feed.children.length > 30) feed.removeChild(feed.lastChild);
  }

  function applyState(state) {
    rows = {};
    state.endpoints.forEach(applyRow);
    remote = state.remote;
    totals();
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
