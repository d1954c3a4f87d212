// A plan's page: clicking an extracted item scrolls to its source line and highlights it.
(function () {
  "use strict";
  var focused = null;
  var activeItem = null;

  function focusLine(number, item) {
    var line = document.getElementById("L" + number);
    if (!line) { return; }
    if (focused) { focused.classList.remove("focused"); }
    if (activeItem) { activeItem.classList.remove("active"); }
    line.classList.add("focused");
    focused = line;
    if (item) { item.classList.add("active"); activeItem = item; }
    line.scrollIntoView({ block: "center" });
  }

  document.addEventListener("click", function (event) {
    var item = event.target.closest("button.item[data-line]");
    if (!item) { return; }
    focusLine(item.getAttribute("data-line"), item);
    history.replaceState(null, "", "#L" + item.getAttribute("data-line"));
  });

  function fromHash() {
    var match = /^#L(\d+)$/.exec(window.location.hash);
    if (match) { focusLine(match[1], null); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();

// A plan's document: delete or restore it, file another stored file in place of this one (the
// API's writes, with the page's CSRF token); the page is loaded again to show the outcome.
(function () {
  "use strict";
  var section = document.getElementById("document");
  if (!section) { return; }
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var error = document.getElementById("doc-error");

  function send(method, url, body) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    if (body) { xhr.setRequestHeader("Content-Type", "application/json"); }
    xhr.onload = function () {
      if (xhr.status < 300) { window.location.reload(); return; }
      var detail = xhr.statusText;
      try { detail = JSON.parse(xhr.responseText).detail; } catch (ignored) { /* as is */ }
      error.textContent = detail;
      error.hidden = false;
    };
    xhr.send(body ? JSON.stringify(body) : null);
  }

  section.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-url]");
    if (!button) { return; }
    var question = button.getAttribute("data-confirm");
    if (question && !window.confirm(question)) { return; }
    send(button.getAttribute("data-method"), button.getAttribute("data-url"), null);
  });

  var replace = document.getElementById("doc-replace");
  if (replace) {
    replace.addEventListener("submit", function (event) {
      event.preventDefault();
      send("POST", replace.getAttribute("data-url"), { plan_id: replace.elements.plan_id.value });
    });
  }
})();
