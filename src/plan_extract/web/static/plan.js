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
