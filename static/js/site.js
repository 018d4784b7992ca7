// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Collapsible main navigation on small screens: the stylesheet folds it
  // (early.js marks the page before the first paint); a click opens it.
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("hauptnavigation");
  if (toggle && nav) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        nav.setAttribute("data-expanded", "");
      } else {
        nav.removeAttribute("data-expanded");
      }
    });
  }

  // Mein Bereich folds the less used sections on a phone; a wider screen
  // opens them (without this file they stay one click away).
  if (window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = true;
    });
  }

  // Buttons with data-copy-target copy the value of that field to the clipboard.
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var field = document.getElementById(button.getAttribute("data-copy-target"));
      if (!field) { return; }
      var done = function () {
        var status = document.getElementById(button.getAttribute("data-copy-status"));
        if (status) { status.textContent = button.getAttribute("data-copied-text") || "Kopiert."; }
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done);
      } else {
        field.select();
        document.execCommand("copy");
        done();
      }
    });
  });

  // Move focus to the error summary of a form that came back with errors.
  var errors = document.querySelector(".form-errors");
  if (errors) { errors.focus(); }
})();
