// The upload page: drop or pick files; each is sent on its own with its progress and outcome shown.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("upload-config").textContent);
  var t = config.strings;
  var drop = document.getElementById("drop");
  var input = document.getElementById("file-input");
  var list = document.getElementById("upload-list");
  var banner = document.getElementById("upload-banner");
  var PARALLEL = 3;
  var queue = [];
  var running = 0;

  function format(text, params) {
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return params && key in params ? params[key] : whole;
    });
  }

  function message(outcome) {
    return outcome.code && t[outcome.code] ? format(t[outcome.code], outcome.params) : outcome.message;
  }

  function showBanner(text) {
    banner.textContent = text;
    banner.hidden = !text;
  }

  function addRow(file) {
    var row = list.insertRow(-1);
    row.className = "upload-row";
    row.insertCell(-1).textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    row.insertCell(-1).appendChild(bar);
    var status = row.insertCell(-1);
    status.className = "status";
    status.textContent = t.status_waiting;
    list.parentNode.hidden = false;
    return { row: row, bar: bar, status: status };
  }

  function render(view, outcomes) {
    view.status.textContent = "";
    outcomes.forEach(function (outcome) {
      var line = document.createElement("div");
      line.className = "outcome " + outcome.status;
      line.setAttribute("data-status", outcome.status);
      var label = t["status_" + outcome.status] || outcome.status;
      if (outcome.plan_id) {
        var link = document.createElement("a");
        link.href = config.planUrl.replace("__ID__", outcome.plan_id);
        link.textContent = label;
        line.appendChild(link);
      } else {
        line.textContent = label;
      }
      if (outcome.status === "error") {
        line.appendChild(document.createTextNode(": " + message(outcome)));
      }
      if (outcome.name && outcomes.length > 1) {
        line.insertBefore(document.createTextNode(outcome.name + " — "), line.firstChild);
      }
      view.status.appendChild(line);
    });
  }

  function fail(view, code, params) {
    view.bar.value = 0;
    render(view, [{ status: "error", code: code, params: params, message: t[code] || code }]);
  }

  function send(item) {
    var view = item.view;
    var data = new FormData();
    data.append("files", item.file, item.file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", config.endpoint);
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) { view.bar.value = Math.round(100 * event.loaded / event.total); }
    };
    xhr.upload.onload = function () { view.bar.value = 100; view.status.textContent = t.status_processing; };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (body && body.outcomes) {
        view.bar.value = 100;
        render(view, body.outcomes);
      } else {
        render(view, [{ status: "error", message: (body && body.detail) || xhr.statusText }]);
      }
      done();
    };
    xhr.onerror = function () { fail(view, "err_network"); done(); };
    view.status.textContent = t.status_uploading;
    xhr.send(data);
  }

  function done() {
    running -= 1;
    pump();
  }

  function pump() {
    while (running < PARALLEL && queue.length) {
      running += 1;
      send(queue.shift());
    }
  }

  function accept(files) {
    files = Array.prototype.slice.call(files);
    if (!files.length) { return; }
    if (files.length > config.maxFiles) {
      showBanner(format(t.err_too_many, { count: config.maxFiles }));
      return;
    }
    showBanner("");
    files.forEach(function (file) {
      var view = addRow(file);
      if (file.size === 0) { fail(view, "err_empty"); return; }
      if (file.size > config.maxFileBytes) {
        fail(view, "err_too_large", { size: config.maxFileMiB });
        return;
      }
      queue.push({ file: file, view: view });
    });
    pump();
  }

  drop.addEventListener("click", function (event) {
    if (event.target !== input) { input.click(); }
  });
  drop.addEventListener("keydown", function (event) {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); input.click(); }
  });
  input.addEventListener("change", function () { accept(input.files); input.value = ""; });
  ["dragenter", "dragover"].forEach(function (name) {
    drop.addEventListener(name, function (event) {
      event.preventDefault();
      drop.classList.add("over");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    drop.addEventListener(name, function (event) {
      event.preventDefault();
      drop.classList.remove("over");
    });
  });
  drop.addEventListener("drop", function (event) { accept(event.dataTransfer.files); });
})();
