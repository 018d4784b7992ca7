// Progressive enhancement for the trainings calendar: on wide screens the
// filter panel starts open; on phones it stays folded so the list comes first.
(function () {
  "use strict";
  if (!window.matchMedia("(min-width: 48rem)").matches) {
    return;
  }
  document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
    details.open = true;
  });
})();
