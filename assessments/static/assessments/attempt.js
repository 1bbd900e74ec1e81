// Autosave each answer, say whether it is saved, and count down (the server decides).
// Submitting asks for confirmation first (a <dialog>); once the attempt is being
// submitted, autosave stops: a save arriving after the submission would be refused.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form) return;
  var statusEl = document.getElementById("save-status");
  var saveUrl = form.dataset.saveUrl;
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var timers = {};
  var pending = {};
  var submitting = false;

  function stopAutosave() {
    submitting = true;
    Object.keys(timers).forEach(function (key) { clearTimeout(timers[key]); });
    pending = {};
  }

  function say(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle("is-error", !!isError);
  }

  function save(fieldset) {
    if (submitting) return Promise.resolve();
    var question = fieldset.dataset.question;
    var data = new FormData();
    data.append("question", question);
    fieldset.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name || el.disabled) return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      data.append(el.name, el.value);
    });
    pending[question] = true;
    say(statusEl.dataset.saving);
    return fetch(saveUrl, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.body.review_url) {
        // The attempt is closed (submitted elsewhere, or time is up): show its review.
        stopAutosave();
        window.location.assign(result.body.review_url);
        return;
      }
      if (submitting) return;
      var line = fieldset.querySelector(".question-status");
      if (result.ok && result.body.saved) {
        delete pending[question];
        line.textContent = statusEl.dataset.saved + " " + result.body.saved_at_display;
        say(statusEl.dataset.saved + " " + result.body.saved_at_display);
        fieldset.dataset.saved = "true";
      } else {
        line.textContent = result.body.error || statusEl.dataset.unsaved;
        say(result.body.error || statusEl.dataset.unsaved, true);
      }
    }).catch(function () {
      if (submitting) return;
      say(statusEl.dataset.unsaved, true);
      fieldset.dataset.saved = "false";
      setTimeout(function () { if (pending[question]) save(fieldset); }, 5000);
    });
  }

  form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
    function schedule(delay) {
      clearTimeout(timers[fieldset.dataset.question]);
      fieldset.dataset.saved = "pending";
      timers[fieldset.dataset.question] = setTimeout(function () { save(fieldset); }, delay);
    }
    fieldset.addEventListener("change", function () { schedule(100); });
    fieldset.addEventListener("input", function (e) {
      if (e.target.tagName === "TEXTAREA" || e.target.type === "text") schedule(800);
    });
  });

  var dialog = document.getElementById("submit-dialog");
  var unanswered = document.getElementById("submit-dialog-unanswered");

  function countUnanswered() {
    var count = 0;
    form.querySelectorAll("fieldset[data-question]").forEach(function (fieldset) {
      var answered = Array.prototype.some.call(
        fieldset.querySelectorAll("input, select, textarea"),
        function (el) {
          if (!el.name || el.disabled || el.type === "hidden") return false;
          if (el.type === "radio" || el.type === "checkbox") return el.checked;
          return el.value.trim() !== "";
        }
      );
      if (!answered) count += 1;
    });
    return count;
  }

  form.addEventListener("submit", function (event) {
    if (submitting) return;
    var confirmed = event.submitter && event.submitter.name === "confirmed";
    if (!confirmed && dialog && typeof dialog.showModal === "function") {
      event.preventDefault();
      var missing = countUnanswered();
      if (unanswered) {
        unanswered.textContent = unanswered.dataset.template.replace("{count}", missing);
        unanswered.hidden = missing === 0;
      }
      dialog.showModal();
      return;
    }
    stopAutosave();
  });
  var cancel = document.getElementById("cancel-submit");
  if (cancel && dialog) {
    cancel.addEventListener("click", function () { dialog.close(); });
  }

  var countdown = document.getElementById("countdown");
  if (countdown) {
    var end = Date.now() + parseInt(countdown.dataset.secondsLeft, 10) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      countdown.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      if (left <= 0) {
        // Time is up: submit what is there, without asking.
        if (dialog && dialog.open) dialog.close();
        stopAutosave();
        form.submit();
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
