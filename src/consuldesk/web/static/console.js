/*
 * ConsulDesk console behaviour: keyboard shortcuts, the personal-data toggle and a little HTMX glue.
 * Plain JavaScript, no build step; every page works without it (forms post, links navigate).
 *
 *   j / k   next / previous case in the inbox (focuses the row's link, so Enter opens it)
 *   /       focus the search field;  Esc leaves it
 */
(function () {
  "use strict";

  var HIDE_PII_KEY = "consuldesk.hidePii";
  var lastSection = null;
  var focusFirstRow = false;

  function isTyping(el) {
    if (!el || !el.tagName) return false;
    var tag = el.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || el.isContentEditable;
  }

  function caseRows() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-case-row]"));
  }

  function selectRow(row) {
    caseRows().forEach(function (r) { r.classList.toggle("is-selected", r === row); });
    if (!row) return;
    var link = row.querySelector(".row-link");
    if (link) link.focus();
    row.scrollIntoView({ block: "nearest" });
  }

  function moveSelection(step) {
    var rows = caseRows();
    if (!rows.length) return;
    var current = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("[data-case-row]") : null;
    if (!current) current = document.querySelector("[data-case-row].is-selected");
    var index = current ? rows.indexOf(current) + step : (step > 0 ? 0 : rows.length - 1);
    selectRow(rows[Math.max(0, Math.min(rows.length - 1, index))]);
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    var target = event.target;
    if (isTyping(target)) {
      if (event.key === "Escape" && target.id === "q") target.blur();
      return;
    }
    if (event.key === "/") {
      var search = document.getElementById("q");
      if (search) {
        event.preventDefault();
        search.focus();
        search.select();
      }
    } else if (event.key === "j" || event.key === "k") {
      if (!caseRows().length) return;
      event.preventDefault();
      moveSelection(event.key === "j" ? 1 : -1);
    } else if (event.key === "Enter" && (target === document.body || target === document.documentElement)) {
      var selected = document.querySelector("[data-case-row].is-selected .row-link");
      if (selected) window.location.assign(selected.href);
    }
  });

  // Keep the highlighted row in step with Tab navigation and clicks.
  document.addEventListener("focusin", function (event) {
    var row = event.target.closest ? event.target.closest("[data-case-row]") : null;
    if (row) caseRows().forEach(function (r) { r.classList.toggle("is-selected", r === row); });
  });

  // A click anywhere on a row opens the case (the title link stays the keyboard target).
  document.addEventListener("click", function (event) {
    var row = event.target.closest ? event.target.closest("[data-case-row]") : null;
    if (!row || event.target.closest("a, button, input, select, textarea")) return;
    if (window.getSelection && String(window.getSelection())) return; // the user is selecting text
    var link = row.querySelector(".row-link");
    if (link) window.location.assign(link.href);
  });

  // "Hide personal data": for screen sharing and briefings; remembered for this browser tab.
  function hidePii() {
    try { return window.sessionStorage.getItem(HIDE_PII_KEY) === "1"; } catch (e) { return false; }
  }

  function applyPii() {
    var hidden = hidePii();
    document.documentElement.classList.toggle("hide-pii", hidden);
    var button = document.getElementById("pii-toggle");
    if (button) {
      button.hidden = false;
      button.setAttribute("aria-pressed", hidden ? "true" : "false");
    }
  }

  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest("#pii-toggle")) return;
    try { window.sessionStorage.setItem(HIDE_PII_KEY, hidePii() ? "0" : "1"); } catch (e) { /* ignore */ }
    applyPii();
  });

  function showGlobalAlert(text) {
    var box = document.getElementById("global-alert");
    if (box) box.textContent = text;
  }

  // HTMX glue.
  document.addEventListener("htmx:configRequest", function (event) {
    // Tell the poll which banner is on screen, so an unchanged banner is not re-announced.
    if (event.detail.elt && event.detail.elt.id === "inbox-poller") {
      var banner = document.querySelector("#new-banner [data-banner-key]");
      event.detail.parameters.shown = banner ? banner.getAttribute("data-banner-key") : "";
    }
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    // Focus is only managed for what the user did (a form or a button), never for the poll.
    var elt = event.detail.elt;
    if (!elt || (elt.tagName !== "FORM" && elt.tagName !== "BUTTON")) return;
    showGlobalAlert("");
    var section = elt.closest("section[aria-labelledby]");
    lastSection = section ? section.getAttribute("aria-labelledby") : null;
    if (elt.id === "show-new") focusFirstRow = true;
  });

  document.addEventListener("htmx:afterSettle", function () {
    applyPii();
    if (focusFirstRow) {
      focusFirstRow = false;
      selectRow(caseRows()[0] || null);
      return;
    }
    var sectionId = lastSection;
    lastSection = null;
    // A swap can remove the control that had focus ("Assign to me" becomes "Give back"): put
    // keyboard users on the field that needs fixing, or else back on the section they were in.
    var active = document.activeElement;
    if (!sectionId || (active && active !== document.body)) return;
    var heading = document.getElementById(sectionId);
    var section = heading ? heading.closest("section") : null;
    var invalid = section ? section.querySelector("[aria-invalid='true']") : null;
    if (invalid) {
      invalid.focus();
    } else if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  });

  // Compose: once the form is really submitted, a debounced live preview must not start any more
  // (the navigation would cut it off). Previews queue rather than abort each other for the same reason.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.hasAttribute && form.hasAttribute("data-live-preview")) form.setAttribute("data-submitting", "true");
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (elt && elt.hasAttribute && elt.hasAttribute("data-submitting")) event.preventDefault();
  });
  window.addEventListener("pageshow", function () {
    // Back from the next page (bfcache): the form is live again.
    var forms = document.querySelectorAll("form[data-submitting]");
    Array.prototype.forEach.call(forms, function (form) { form.removeAttribute("data-submitting"); });
  });

  // Errors the page cannot show in place go to the alert region under the top bar.
  var connectionLost = false;
  document.addEventListener("htmx:afterRequest", function (event) {
    if (connectionLost && event.detail.successful) {
      connectionLost = false;
      showGlobalAlert("");
    }
  });
  document.addEventListener("htmx:responseError", function () {
    showGlobalAlert("The server could not complete that request. Please try again.");
  });
  document.addEventListener("htmx:sendError", function () {
    connectionLost = true;
    showGlobalAlert("ConsulDesk cannot be reached. Check the connection; the inbox keeps retrying.");
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", applyPii);
  } else {
    applyPii();
  }
})();
