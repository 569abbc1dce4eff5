/* The check-in page (events/templates/events/checkin.html) works without JavaScript: forms and a GET search.
   Enhancement: the list filters as you type (every registrant is on the page), and a tap is shown at once and
   sent in the background; while the phone has no connection taps wait in localStorage and are sent, in order,
   when it is back. "Arrived" sets a state (sending it twice counts once); the walk-in counter sends +1/-1. */
(function () {
  "use strict";
  var root = document.querySelector("[data-checkin]");
  if (!root || !window.fetch || !window.localStorage) return;
  var key = "checkin-queue:" + location.pathname;
  var queueNote = root.querySelector("[data-checkin-queue]");
  var search = root.querySelector("[data-checkin-search]");
  var arrivedOut = root.querySelector("[data-checkin-arrived]");
  var walkOut = root.querySelector("[data-checkin-walk-ins]");
  var visitorsOut = root.querySelector("[data-checkin-visitors]");
  function load() { try { return JSON.parse(localStorage.getItem(key)) || []; } catch (e) { return []; } }
  function save(queue) { localStorage.setItem(key, JSON.stringify(queue)); showQueue(queue); }
  function showQueue(queue) { queueNote.textContent = queue.length ? queueNote.getAttribute("data-text").replace("{count}", queue.length) : ""; }

  function bump(output, by) { output.textContent = String(Math.max(0, (parseInt(output.textContent, 10) || 0) + by)); }

  function toggleRow(form, arrived) {
    var row = form.closest("[data-checkin-row]");
    var state = form.querySelector("input[name=arrived]");
    var button = form.querySelector("button");
    row.classList.toggle("checkin__row--arrived", arrived);
    state.value = arrived ? "0" : "1";
    var label = arrived ? root.getAttribute("data-undo") : root.getAttribute("data-arrived");
    button.firstChild.textContent = label;
    button.className = "utrecht-button " + (arrived ? "utrecht-button--subtle" : "utrecht-button--primary-action");
  }

  function flush() {
    var queue = load();
    if (!queue.length) return;
    var item = queue[0];
    var body = new FormData();
    Object.keys(item.data).forEach(function (name) { body.append(name, item.data[name]); });
    fetch(item.action, { method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok && response.status !== 400) throw new Error("not sent");
        return response.json();
      })
      .then(function (result) {
        var rest = load().slice(1);
        save(rest);
        if (result && typeof result.visitors === "number") {
          walkOut.textContent = result.walk_ins;
          visitorsOut.textContent = result.visitors;
        }
        flush();
      })
      .catch(function () { showQueue(load()); });
  }

  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-checkin-form")) return;
    event.preventDefault();
    var data = {};
    new FormData(form).forEach(function (value, name) { data[name] = value; });
    if (data.walk_in) {
      bump(walkOut, data.walk_in === "+1" ? 1 : -1);
      bump(visitorsOut, data.walk_in === "+1" ? 1 : -1);
    } else {
      var arrived = data.arrived !== "0";
      toggleRow(form, arrived);
      bump(arrivedOut, arrived ? 1 : -1);
      bump(visitorsOut, arrived ? 1 : -1);
    }
    var queue = load();
    queue.push({ action: form.action, data: data });
    save(queue);
    flush();
  });

  if (search) {
    var button = root.querySelector("[data-checkin-search-button]");
    if (button) button.hidden = true;
    search.addEventListener("input", function () {
      var wanted = search.value.trim().toLowerCase();
      root.querySelectorAll("[data-checkin-row]").forEach(function (row) {
        row.hidden = wanted !== "" && row.getAttribute("data-name").indexOf(wanted) === -1;
      });
    });
    search.closest("form").addEventListener("submit", function (event) { event.preventDefault(); });
  }
  window.addEventListener("online", flush);
  showQueue(load());
  flush();
})();
