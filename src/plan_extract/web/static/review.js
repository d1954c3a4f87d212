// A plan's review: each form posts its changed fields as corrections (one each), the buttons
// confirm, reject, mark reviewed or undo; text selected in the document can be added as an item.
// Every write carries the page's CSRF token; the page reloads to show the reviewed values.
(function () {
  "use strict";
  var configNode = document.getElementById("review-config");
  if (!configNode) { return; }
  var config = JSON.parse(configNode.textContent);
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var status = document.getElementById("review-status");

  function say(text) { if (status) { status.textContent = text; } }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body === undefined ? null : JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) { return true; }
      return response.json().then(function (answer) {
        var detail = typeof answer.detail === "string" ? answer.detail : JSON.stringify(answer.detail);
        throw new Error(detail);
      }, function () { throw new Error(String(response.status)); });
    });
  }

  function correct(changes) {
    var chain = Promise.resolve(true);
    changes.forEach(function (change) {
      chain = chain.then(function () { return post(config.corrections, change); });
    });
    return chain.then(function () {
      say(config.saved);
      window.location.reload();
    }, function (error) {
      say(config.error.replace("{detail}", error.message));
    });
  }

  function typed(field, text) {
    var trimmed = text.trim();
    if (field === "value") { return trimmed === "" ? null : Number(trimmed.replace(",", ".")); }
    if (field === "year") { return trimmed === "" ? null : Number(trimmed); }
    if (field === "national_indicator") { return trimmed === "" ? null : trimmed; }
    return trimmed;
  }

  function changedFields(form) {
    var kind = form.getAttribute("data-kind");
    var item = form.getAttribute("data-item");
    var fields = Array.prototype.slice.call(form.elements).filter(function (field) {
      return field.hasAttribute("data-original") && field.value !== field.getAttribute("data-original");
    });
    return fields.map(function (field) {
      return { item_kind: kind, item_id: item, field: field.name, value: typed(field.name, field.value) };
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.classList.contains("review-row")) {
      event.preventDefault();
      correct(changedFields(form));
    } else if (form.id === "review-form-add") {
      event.preventDefault();
      correct([addition(form)]);
    }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-field]");
    if (button && (button.classList.contains("review-status-button") || button.id === "review-mark")) {
      var value = button.getAttribute("data-value");
      correct([{
        item_kind: button.getAttribute("data-kind"),
        item_id: button.getAttribute("data-item"),
        field: button.getAttribute("data-field"),
        value: value === "true" ? true : value === "false" ? false : value
      }]);
      return;
    }
    var undo = event.target.closest("button.review-undo");
    if (undo) {
      var url = config.undo.replace(/\/0\/undo$/, "/" + undo.getAttribute("data-position") + "/undo");
      post(url).then(function () { window.location.reload(); }, function (error) {
        say(config.error.replace("{detail}", error.message));
      });
    }
  });

  // --- adding an item by selecting its text -------------------------------------------------
  var addForm = document.getElementById("review-form-add");
  if (!addForm) { return; }

  function showFieldsOf(kind) {
    Array.prototype.forEach.call(addForm.querySelectorAll("[data-for]"), function (part) {
      part.hidden = part.getAttribute("data-for") !== kind;
    });
  }
  addForm.elements.kind.addEventListener("change", function () { showFieldsOf(addForm.elements.kind.value); });
  document.getElementById("review-add-cancel").addEventListener("click", function () { addForm.hidden = true; });

  function addition(form) {
    var kind = form.elements.kind.value;
    var value;
    if (kind === "target") {
      value = {
        value: typed("value", form.elements.value.value),
        unit: form.elements.unit.value,
        comparator: form.elements.comparator.value,
        year: typed("year", form.elements.year.value)
      };
    } else if (kind === "unit") {
      value = { role: form.elements.role.value };
    } else {
      value = { end: form.elements.end.value.trim() };
    }
    return {
      item_kind: kind,
      field: "added",
      value: value,
      line: Number(form.elements.line.value),
      span: [Number(form.elements.start.value), Number(form.elements.stop.value)]
    };
  }

  // Offsets count the characters of the line's text before the selection (the line's marks
  // are elements around its characters, so its text is the line's text).
  document.getElementById("doc").addEventListener("mouseup", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
    var range = selection.getRangeAt(0);
    var startLine = range.startContainer.parentElement && range.startContainer.parentElement.closest("li[id^='L']");
    var endLine = range.endContainer.parentElement && range.endContainer.parentElement.closest("li[id^='L']");
    if (!startLine || startLine !== endLine) { return; }
    var text = startLine.querySelector(".text");
    if (!text || !text.contains(range.startContainer)) { return; }
    var before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = Array.from(before.toString()).length;
    var selected = range.toString();
    var stop = start + Array.from(selected).length;
    if (stop <= start) { return; }
    addForm.elements.line.value = startLine.id.slice(1);
    addForm.elements.start.value = String(start);
    addForm.elements.stop.value = String(stop);
    document.getElementById("review-add-text").textContent = selected;
    document.getElementById("review-add-where").textContent = startLine.id.slice(1) + ": " + start + "-" + stop;
    showFieldsOf(addForm.elements.kind.value);
    addForm.hidden = false;
  });
})();
