// Loaded in <head> before the page is drawn, so the stylesheet can fold the
// menu on small screens from the first paint: nothing jumps once site.js runs.
document.documentElement.classList.add("js");
