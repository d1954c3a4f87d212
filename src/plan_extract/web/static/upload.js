// The upload page: drop or pick files; each is sent on its own (three at a time) and answered at
// once with its jobs; how far each job has got (queued, reading, OCR page n of N, stored or
// why it failed) comes live from the server's events, and is announced to screen readers.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("upload-config").textContent);
  var t = config.strings;
  var drop = document.getElementById("drop");
  var input = document.getElementById("file-input");
  var list = document.getElementById("upload-list");
  var banner = document.getElementById("upload-banner");
  var announcer = document.getElementById("announce");
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var PARALLEL = 3;
  var FINISHED = { stored: true, duplicate: true, failed: true };
  var queue = [];
  var running = 0;
  var views = {}; // job_id → the row showing it
  var states = {}; // job_id → the state last shown
  var plansAsked = 0; // the list's refreshes asked for; only the last one's answer is shown

  function format(text, params) {
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return params && key in params && params[key] !== null ? params[key] : whole;
    });
  }

  function showBanner(text) {
    banner.textContent = text;
    banner.hidden = !text;
  }

  function announce(text) {
    announcer.textContent = text;
  }

  function addRow(name) {
    var row = list.insertRow(-1);
    row.className = "upload-row";
    row.insertCell(-1).textContent = name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    row.insertCell(-1).appendChild(bar);
    var status = row.insertCell(-1);
    status.className = "status";
    status.textContent = t.status_waiting;
    list.parentNode.hidden = false;
    return { row: row, name: row.cells[0], bar: bar, status: status };
  }

  function outcome(view, state, text, planId) {
    view.row.setAttribute("data-state", state);
    view.status.textContent = "";
    var line = document.createElement("div");
    line.className = "outcome " + state;
    line.setAttribute("data-status", state);
    if (planId) {
      var link = document.createElement("a");
      link.href = config.planUrl.replace("__ID__", planId);
      link.textContent = text;
      line.appendChild(link);
    } else {
      line.textContent = text;
    }
    view.status.appendChild(line);
  }

  function reasonOf(job) {
    return job.code && t[job.code] ? format(t[job.code], job.params) : job.reason || "";
  }

  function stateText(job) {
    var label = format(t["status_" + job.state] || job.state, job);
    return job.state === "failed" ? label + ": " + reasonOf(job) : label;
  }

  function show(view, job) {
    view.row.setAttribute("data-job", job.job_id);
    view.name.textContent = job.name;
    if (FINISHED[job.state]) {
      view.bar.value = 100;
    } else if (job.state === "ocr" && job.pages) {
      view.bar.value = Math.round(100 * job.page / job.pages);
    } else {
      view.bar.removeAttribute("value"); // indeterminate: being read
    }
    outcome(view, job.state, stateText(job), job.plan_id);
    if (states[job.job_id] !== undefined && states[job.job_id] !== job.state) {
      announce(job.name + ": " + stateText(job));
    }
    var newlyStored = job.state === "stored" && states[job.job_id] !== "stored";
    states[job.job_id] = job.state;
    return newlyStored && views[job.job_id] !== undefined;
  }

  function update(jobs) {
    var stored = false;
    jobs.forEach(function (job) {
      var view = views[job.job_id];
      if (!view) {
        view = addRow(job.name);
        views[job.job_id] = view;
        states[job.job_id] = job.state;
      }
      stored = show(view, job) || stored;
    });
    if (stored) { refreshPlans(); }
  }

  function refreshPlans() {
    var xhr = new XMLHttpRequest();
    var asked = ++plansAsked;
    xhr.open("GET", config.plansApi);
    xhr.onload = function () {
      // refreshes overlap while files are stored one after another, and their answers may come
      // back out of order: an older one (fewer plans) must not overwrite a newer list
      if (asked !== plansAsked) { return; }
      var plans;
      try { plans = JSON.parse(xhr.responseText); } catch (ignored) { return; }
      var table = document.getElementById("plans");
      var body = table.tBodies[0];
      while (body.rows.length) { body.deleteRow(0); }
      plans.forEach(function (plan) {
        var row = body.insertRow(-1);
        row.setAttribute("data-targets", plan.targets);
        var link = document.createElement("a");
        link.href = config.planUrl.replace("__ID__", plan.plan_id);
        link.textContent = plan.commune || plan.plan_id.slice(0, 12);
        row.insertCell(-1).appendChild(link);
        [plan.number, plan.issued, plan.title].forEach(function (value) {
          row.insertCell(-1).textContent = value || "";
        });
        var count = row.insertCell(-1);
        count.className = "num";
        count.textContent = plan.targets;
        var files = row.insertCell(-1);
        files.className = "files";
        plan.files.filter(function (file) { return !file.replaced; }).forEach(function (file, i) {
          if (i) { files.appendChild(document.createElement("br")); }
          files.appendChild(document.createTextNode(file.file_name));
        });
      });
      table.hidden = false;
      document.getElementById("plans-empty").hidden = true;
      announce(t.plans_updated);
    };
    xhr.send();
  }

  function fail(view, text) {
    view.bar.value = 0;
    outcome(view, "failed", t.status_failed + ": " + text);
    announce(view.name.textContent + ": " + t.status_failed + ": " + text);
  }

  function send(item) {
    var view = item.view;
    var data = new FormData();
    data.append("files", item.file, item.file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", config.endpoint);
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) { view.bar.value = Math.round(100 * event.loaded / event.total); }
    };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (body && body.jobs && body.jobs.length) {
        body.jobs.forEach(function (job, index) {
          var shown = views[job.job_id] || (index === 0 ? view : addRow(job.name));
          views[job.job_id] = shown;
          if (states[job.job_id] === undefined) { states[job.job_id] = "uploading"; }
          show(shown, job);
        });
        if (view.row.getAttribute("data-job") === null) { view.row.remove(); }
      } else {
        fail(view, (body && body.detail) || xhr.statusText);
      }
      done();
    };
    xhr.onerror = function () { fail(view, t.err_network); done(); };
    view.status.textContent = t.status_uploading;
    announce(item.file.name + ": " + t.status_uploading);
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
      var view = addRow(file.name);
      if (file.size === 0) { fail(view, t.err_empty); return; }
      if (file.size > config.maxFileBytes) {
        fail(view, format(t.err_too_large, { size: config.maxFileMiB }));
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

  update(config.jobs.slice().reverse());
  if (window.EventSource) {
    var events = new EventSource(config.eventsUrl);
    events.addEventListener("jobs", function (event) {
      update(JSON.parse(event.data).reverse());
    });
  }
})();
