/* The polls panel: every launched poll, open ones first. Participants answer once
   (the form posts to the server, which counts it); results appear where they are
   shown. A poll launched or closed by the presenter changes here without reload. */
(function () {
  "use strict";
  var root = document.querySelector("[data-polls]");
  if (!root || !window.Polls) return;
  var P = window.Polls;
  var labels = JSON.parse(document.getElementById("polls-labels").textContent);
  var state = JSON.parse(document.getElementById("polls-state").textContent);
  var polls = state.polls;
  var answered = state.answered || {};
  var moderates = root.dataset.moderates === "1";
  var list = root.querySelector("[data-polls-list]");
  var csrf = root.querySelector("[name=csrfmiddlewaretoken]").value;
  var cards = {};
  var notes = {};

  function node(tag, className, text) {
    var item = document.createElement(tag);
    if (className) item.className = className;
    if (text !== undefined) item.textContent = text;
    return item;
  }

  /* Open polls first, then closed ones, newest first; drafts are the moderators'
     page's business. */
  function ordered() {
    var open = polls.filter(function (p) { return p.state === "open"; });
    var rest = polls.filter(function (p) { return p.state === "closed"; });
    return open.reverse().concat(rest.reverse());
  }

  function key(poll) {
    return [poll.state, answered[poll.id] ? "answered" : "", poll.results_visible,
      notes[poll.id] || ""].join("|");
  }

  function answerText(poll) {
    var picked = answered[poll.id];
    if (!Array.isArray(picked) || !picked.length) return labels.already;
    var texts = poll.choices.filter(function (c) {
      return picked.indexOf(c.id) !== -1;
    }).map(function (c) { return c.text; });
    return P.format(labels.your_answer, { choices: texts.join("; ") });
  }

  function send(poll, form) {
    var error = form.querySelector("[data-error]");
    var button = form.querySelector("button");
    var data = new FormData(form);
    if (!data.getAll("choice").length) {
      error.textContent = labels.choose;
      return;
    }
    error.textContent = "";
    button.disabled = true;
    button.textContent = labels.sending;
    var url = root.dataset.answerUrl.replace(/\/0\/answer\/$/, "/" + poll.id + "/answer/");
    fetch(url, {
      method: "POST",
      body: data,
      headers: { "X-CSRFToken": csrf, Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().then(function (body) {
        return { status: response.status, body: body };
      });
    }).then(function (result) {
      if (result.status === 200) {
        answered[poll.id] = result.body.answered;
        notes[poll.id] = labels.thanks;
      } else if (result.status === 409) {
        answered[poll.id] = true;
        notes[poll.id] = result.body.error;
      } else {
        throw new Error(result.body.error || labels.failed);
      }
      render();
    }).catch(function (problem) {
      error.textContent = problem && problem.message && problem.message !== "Failed to fetch"
        ? problem.message : labels.failed;
      button.disabled = false;
      button.textContent = labels.submit;
    });
  }

  function form(poll) {
    var item = node("form", "poll-card__form");
    item.noValidate = true;
    var fieldset = node("fieldset");
    var legend = node("legend", "", poll.kind === "multiple" ? labels.multiple : labels.single);
    fieldset.appendChild(legend);
    poll.choices.forEach(function (choice) {
      var label = node("label", "poll-choice");
      var input = node("input");
      input.type = poll.kind === "multiple" ? "checkbox" : "radio";
      input.name = "choice";
      input.value = choice.id;
      label.appendChild(input);
      label.appendChild(node("span", "", choice.text));
      fieldset.appendChild(label);
    });
    item.appendChild(fieldset);
    var error = node("p", "error");
    error.setAttribute("data-error", "");
    error.setAttribute("role", "alert");
    item.appendChild(error);
    item.appendChild(node("button", "", labels.submit));
    item.querySelector("button").type = "submit";
    item.addEventListener("submit", function (event) {
      event.preventDefault();
      send(poll, item);
    });
    return item;
  }

  function drawResults(card, poll) {
    var box = card.querySelector("[data-results]");
    if (poll.results) {
      P.chart(box, {
        title: P.format(labels.chart, { question: poll.question }),
        choices: poll.choices,
        counts: poll.results.counts,
        respondents: poll.results.respondents,
        labels: labels,
      });
    } else {
      box.replaceChildren(node("p", "muted", labels.hidden));
    }
  }

  function card(poll) {
    var item = node("article", "card poll-card");
    item.dataset.poll = poll.id;
    item.dataset.state = poll.state;
    var title = node("h3", "", poll.question);
    title.id = "poll-" + poll.id + "-title";
    item.setAttribute("aria-labelledby", title.id);
    item.appendChild(title);
    var meta = labels[poll.state] || poll.state;
    if (poll.opened_at) meta += " · " + P.format(labels.opened_at, { time: poll.opened_at });
    item.appendChild(node("p", "muted", meta));
    if (!moderates) {
      if (answered[poll.id]) item.appendChild(node("p", "poll-card__answer", answerText(poll)));
      else if (poll.state === "open") item.appendChild(form(poll));
      else item.appendChild(node("p", "muted", labels.missed));
    }
    if (notes[poll.id]) {
      var note = node("p", "poll-card__note", notes[poll.id]);
      note.setAttribute("role", "status");
      item.appendChild(note);
    }
    var results = node("div", "poll-results");
    results.setAttribute("data-results", "");
    item.appendChild(results);
    drawResults(item, poll);
    return item;
  }

  function render() {
    var wanted = ordered();
    var seen = {};
    var empty = list.querySelector("[data-polls-empty]");
    if (!wanted.length && !empty) {
      empty = node("p", "muted", labels.none);
      empty.setAttribute("data-polls-empty", "");
      list.appendChild(empty);
    } else if (wanted.length && empty) {
      empty.remove();
    }
    wanted.forEach(function (poll, index) {
      seen[poll.id] = true;
      var current = cards[poll.id];
      var k = key(poll);
      if (!current || current.key !== k) {
        var fresh = card(poll);
        if (current) list.replaceChild(fresh, current.el);
        cards[poll.id] = current = { el: fresh, key: k };
      } else {
        drawResults(current.el, poll);
      }
      if (list.children[index] !== current.el) {
        list.insertBefore(current.el, list.children[index] || null);
      }
    });
    Object.keys(cards).forEach(function (id) {
      if (!seen[id]) { cards[id].el.remove(); delete cards[id]; }
    });
  }

  render();
  P.connect(root.dataset.session, root.querySelector("[data-live-status]"), labels,
    function (data) {
      polls = data.polls;
      if (data.answered) {
        Object.keys(data.answered).forEach(function (id) { answered[id] = data.answered[id]; });
      }
      render();
    });
})();
