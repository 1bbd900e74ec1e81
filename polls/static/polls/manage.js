/* The moderators' page: each launched poll's results as a chart, overall or for
   one site, and a table by site, updated live. Buttons are plain forms; a poll
   launched or closed elsewhere asks for a reload. */
(function () {
  "use strict";
  var root = document.querySelector("[data-polls-manage]");
  if (!root || !window.Polls) return;
  var P = window.Polls;
  var labels = JSON.parse(document.getElementById("polls-labels").textContent);
  var state = JSON.parse(document.getElementById("polls-state").textContent);
  var chosenSite = {};

  function node(tag, className, text) {
    var item = document.createElement(tag);
    if (className) item.className = className;
    if (text !== undefined) item.textContent = text;
    return item;
  }

  function siteName(site) {
    return site.endpoint_id === null ? labels.remote : site.name;
  }

  function siteKey(site) {
    return site.endpoint_id === null ? "remote" : String(site.endpoint_id);
  }

  function table(poll) {
    var wrapper = node("div", "table-scroll");
    wrapper.tabIndex = 0;
    wrapper.setAttribute("role", "region");
    wrapper.setAttribute("aria-label", labels.site_column + ": " + poll.question);
    var grid = node("table", "poll-sites");
    var head = node("tr");
    head.appendChild(node("th", "", labels.site_column));
    poll.choices.forEach(function (choice) { head.appendChild(node("th", "", choice.text)); });
    head.appendChild(node("th", "", labels.answered_column));
    Array.prototype.forEach.call(head.children, function (cell) { cell.scope = "col"; });
    var thead = node("thead");
    thead.appendChild(head);
    grid.appendChild(thead);
    var body = node("tbody");
    poll.results.sites.forEach(function (site) {
      var row = node("tr");
      var name = node("th", "", siteName(site));
      name.scope = "row";
      row.appendChild(name);
      site.counts.forEach(function (count) { row.appendChild(node("td", "", count)); });
      row.appendChild(node("td", "", site.respondents));
      body.appendChild(row);
    });
    grid.appendChild(body);
    wrapper.appendChild(grid);
    return wrapper;
  }

  function draw(poll) {
    var box = root.querySelector('[data-results="' + poll.id + '"]');
    if (!box) return;
    var sites = poll.results.sites;
    var chosen = chosenSite[poll.id] || "";
    var site = sites.filter(function (s) { return siteKey(s) === chosen; })[0];
    if (!site) chosen = "";

    var picker = node("p", "poll-results__site");
    var label = node("label", "", labels.site + " ");
    var select = node("select");
    select.id = "poll-" + poll.id + "-site";
    label.htmlFor = select.id;
    var all = node("option", "", labels.all_sites);
    all.value = "";
    select.appendChild(all);
    sites.forEach(function (s) {
      var option = node("option", "", siteName(s) + " (" + s.respondents + ")");
      option.value = siteKey(s);
      select.appendChild(option);
    });
    select.value = chosen;
    select.addEventListener("change", function () {
      chosenSite[poll.id] = select.value;
      draw(poll);
      var again = document.getElementById(select.id);
      if (again) again.focus();
    });
    picker.appendChild(label);
    picker.appendChild(select);

    var chartBox = node("div");
    chartBox.setAttribute("data-chart", poll.id);
    var title = P.format(labels.chart, { question: poll.question }) +
      (site ? " · " + siteName(site) : "");
    P.chart(chartBox, {
      title: title,
      choices: poll.choices,
      counts: site ? site.counts : poll.results.counts,
      respondents: site ? site.respondents : poll.results.respondents,
      labels: labels,
    });
    var parts = [picker, chartBox];
    if (sites.length) parts.push(table(poll));
    box.replaceChildren.apply(box, parts);
  }

  function apply(polls) {
    var changed = false;
    var onPage = {};
    root.querySelectorAll("[data-poll]").forEach(function (card) {
      onPage[card.dataset.poll] = card.dataset.state;
    });
    polls.forEach(function (poll) {
      if (onPage[poll.id] !== poll.state) changed = true;
      if (poll.state !== "draft") draw(poll);
    });
    var notice = root.querySelector("[data-changed]");
    if (changed && notice.hidden) {
      notice.textContent = labels.changed;
      notice.hidden = false;
    }
  }

  apply(state.polls);
  P.connect(root.dataset.session, root.querySelector("[data-live-status]"), labels,
    function (data) { apply(data.polls); });
})();
