// The province's page: filter the communes x indicators table by commune and by indicator.
(function () {
  "use strict";
  var table = document.getElementById("matrix");
  if (!table) { return; }
  var rowFilter = document.getElementById("filter-commune");
  var colFilter = document.getElementById("filter-indicator");

  function norm(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
      .replace(/Đ/g, "D").toLowerCase();
  }

  function apply() {
    var rowQuery = norm(rowFilter.value.trim());
    var colQuery = norm(colFilter.value.trim());
    var headers = table.querySelectorAll("thead th[data-indicator]");
    var shown = {};
    headers.forEach(function (th) {
      var keep = !colQuery || norm(th.getAttribute("data-search")).indexOf(colQuery) >= 0;
      shown[th.getAttribute("data-indicator")] = keep;
      th.hidden = !keep;
    });
    table.querySelectorAll("td[data-indicator]").forEach(function (td) {
      td.hidden = !shown[td.getAttribute("data-indicator")];
    });
    table.querySelectorAll("tbody tr[data-commune]").forEach(function (tr) {
      tr.hidden = !!rowQuery && norm(tr.getAttribute("data-commune")).indexOf(rowQuery) < 0;
    });
  }

  rowFilter.addEventListener("input", apply);
  colFilter.addEventListener("input", apply);
})();
