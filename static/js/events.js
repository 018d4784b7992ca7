// Progressive enhancement for the trainings pages; everything works without it.
(function () {
  "use strict";

  // On wide screens the calendar's filter panel starts open; on phones it
  // stays folded so that the list comes first.
  if (window.matchMedia("(min-width: 48rem)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = true;
    });
  }

  // A "copy" button beside each calendar address.
  if (!navigator.clipboard) {
    return;
  }
  var lang = document.documentElement.lang;
  var label = lang === "en" ? "Copy address" : "Adresse kopieren";
  var done = lang === "en" ? "Address copied." : "Adresse kopiert.";
  document.querySelectorAll("input.copy-field").forEach(function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary copy-button";
    button.textContent = label;
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "copy-status";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(input.value).then(function () {
        status.textContent = done;
      });
    });
    input.insertAdjacentElement("afterend", status);
    input.insertAdjacentElement("afterend", button);
  });
})();
