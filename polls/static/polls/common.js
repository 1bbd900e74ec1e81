/* What the polls panel and the moderators' page share: words with placeholders,
   a bar chart drawn as SVG through DOM calls (no inline style: the page's
   Content-Security-Policy forbids it), and the session's polls WebSocket. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var WIDTH = 320;
  var BAR = 210;
  var LINE = 18;
  var CHARS = 36;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (whole, name) {
      return values[name] === undefined ? whole : String(values[name]);
    }).replace(/%%/g, "%");
  }

  /* Lines of at most `width` characters, broken between words; only a word
     longer than a whole line is split. */
  function wrap(text, width) {
    var lines = [];
    var line = "";
    text.split(/\s+/).filter(Boolean).forEach(function (word) {
      while (word.length > width) {
        if (line) { lines.push(line); line = ""; }
        lines.push(word.slice(0, width - 1) + "-");
        word = word.slice(width - 1);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += " " + word;
      else { lines.push(line); line = word; }
    });
    if (line) lines.push(line);
    return lines.length ? lines : [""];
  }

  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function valueText(labels, count, respondents) {
    var percent = respondents ? Math.round((100 * count) / respondents) : 0;
    return format(labels.value, { count: count, percent: percent });
  }

  /* Draw `choices` with their `counts` into `container` (its content replaced).
     The chart's accessible name carries every figure. */
  function chart(container, options) {
    var labels = options.labels;
    var respondents = options.respondents;
    var rows = options.choices.map(function (choice, index) {
      return {
        lines: wrap(choice.text, CHARS),
        count: options.counts[index] || 0,
        text: choice.text,
      };
    });
    var height = 8;
    rows.forEach(function (row) { height += row.lines.length * LINE + 34; });
    var summary = rows.map(function (row) {
      return row.text + ": " + valueText(labels, row.count, respondents);
    }).join("; ");
    var name = options.title + ". " + summary + ". " +
      format(labels.respondents, { count: respondents });
    var svg = el("svg", {
      viewBox: "0 0 " + WIDTH + " " + height,
      width: WIDTH,
      height: height,
      role: "img",
      "aria-label": name,
      "font-family": "system-ui, sans-serif",
      "font-size": "14",
      class: "poll-chart__svg",
    });
    svg.appendChild(el("title", {}, name));
    var y = 8;
    rows.forEach(function (row) {
      row.lines.forEach(function (line) {
        y += LINE;
        svg.appendChild(el("text", { x: 0, y: y - 4, fill: "#1c2330" }, line));
      });
      var share = respondents ? Math.min(row.count / respondents, 1) : 0;
      svg.appendChild(el("rect", {
        x: 0.5, y: y + 2.5, width: BAR, height: 20, fill: "#ffffff", stroke: "#5b6573",
      }));
      svg.appendChild(el("rect", {
        x: 0.5, y: y + 2.5, width: (BAR * share).toFixed(1), height: 20, fill: "#1c2330",
      }));
      svg.appendChild(el("text", { x: BAR + 8, y: y + 18, fill: "#1c2330" },
        valueText(labels, row.count, respondents)));
      y += 34;
    });
    var figure = document.createElement("figure");
    figure.className = "poll-chart";
    figure.appendChild(svg);
    var caption = document.createElement("figcaption");
    caption.className = "muted";
    caption.textContent = format(labels.respondents, { count: respondents });
    figure.appendChild(caption);
    container.replaceChildren(figure);
    return figure;
  }

  /* The session's polls socket: `onState(data)` for each message; reconnects with
     a growing delay. `status` shows whether updates are live. */
  function connect(sessionId, status, labels, onState) {
    var delay = 500;
    function open() {
      var scheme = location.protocol === "https:" ? "wss://" : "ws://";
      var socket = new WebSocket(scheme + location.host + "/ws/polls/" + sessionId + "/");
      socket.onopen = function () {
        delay = 500;
        if (status) status.textContent = labels.live;
        document.documentElement.dataset.pollsLive = "1";
      };
      socket.onmessage = function (message) {
        var data = JSON.parse(message.data);
        if (data.type === "state") onState(data);
      };
      socket.onclose = function (event) {
        document.documentElement.dataset.pollsLive = "0";
        if (status) status.textContent = labels.offline;
        if (event.code === 4401 || event.code === 4403) return;
        setTimeout(open, delay);
        delay = Math.min(delay * 2, 10000);
      };
    }
    open();
  }

  window.Polls = { format: format, wrap: wrap, chart: chart, connect: connect };
})();
