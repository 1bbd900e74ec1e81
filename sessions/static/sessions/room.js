/* The room page: embeds Jitsi through its IFrame API, reports joins and leaves to the
   server as advisory presence, and (endpoint mode) refreshes the check-in code. */
(function () {
  "use strict";

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function csrfToken() {
    var field = document.querySelector("#room-config [name=csrfmiddlewaretoken]");
    if (field) return field.value;
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }

  function startVideo() {
    var config = document.getElementById("room-config");
    var parent = document.getElementById("jitsi-frame");
    if (!config || !parent || typeof JitsiMeetExternalAPI === "undefined") return;
    var name = readJson("jitsi-name");
    var api = new JitsiMeetExternalAPI(readJson("jitsi-domain"), {
      roomName: readJson("jitsi-room"),
      jwt: readJson("jitsi-jwt"),
      parentNode: parent,
      width: "100%",
      height: "100%",
      lang: document.documentElement.lang || "vi",
      userInfo: { displayName: name },
      configOverwrite: { prejoinConfig: { enabled: false } }
    });
    var participantId = "";

    function report(event) {
      fetch(config.dataset.presenceUrl, {
        method: "POST",
        keepalive: true,
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
        body: JSON.stringify({
          event: event,
          beacon_id: uuid(),
          participant_id: participantId,
          endpoint: config.dataset.endpoint || ""
        })
      }).catch(function () { /* advisory only: the server's webhooks decide */ });
    }

    api.addListener("videoConferenceJoined", function (data) {
      participantId = data.id || "";
      report("joined");
    });
    api.addListener("videoConferenceLeft", function () { report("left"); });
    window.addEventListener("pagehide", function () { if (participantId) report("left"); });
  }

  function refreshCheckin() {
    var panel = document.querySelector("[data-checkin-url]");
    if (!panel) return;
    function schedule(seconds) { window.setTimeout(update, Math.max(seconds, 5) * 1000); }
    function update() {
      fetch(panel.dataset.checkinUrl, { credentials: "same-origin" })
        .then(function (response) { if (!response.ok) throw response; return response.json(); })
        .then(function (data) {
          panel.querySelector("[data-checkin-code]").textContent = data.code;
          panel.querySelector("[data-checkin-qr]").innerHTML = data.qr_svg;
          var link = panel.querySelector(".room__checkin-link");
          if (link) link.textContent = data.url;
          schedule(data.seconds_left + 1);
        })
        .catch(function () { schedule(15); });
    }
    schedule(60 - new Date().getSeconds() + 1);
  }

  startVideo();
  refreshCheckin();
})();
