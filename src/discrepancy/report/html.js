// Filters the findings by severity, story and a word (an outlet, a subject, a word of a quote).
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input.severity"));
  var find = document.getElementById("find");
  var story = document.getElementById("story");
  var shown = document.getElementById("shown");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var subjects = Array.prototype.slice.call(document.querySelectorAll(".subject"));
  function apply() {
    var wanted = {};
    boxes.forEach(function (b) { wanted[b.value] = b.checked; });
    var word = find.value.trim().toLowerCase();
    var which = story ? story.value : "";
    var n = 0;
    findings.forEach(function (f) {
      var subject = f.closest(".subject");
      var text = (subject.querySelector("h3").textContent + " " + f.textContent).toLowerCase();
      var keep = wanted[f.dataset.severity] !== false &&
        (!word || text.indexOf(word) >= 0) && (!which || f.dataset.story === which);
      f.hidden = !keep;
      if (keep) { n += 1; }
    });
    subjects.forEach(function (s) { s.hidden = !s.querySelector(".finding:not([hidden])"); });
    shown.textContent = n + " of " + findings.length + " findings shown";
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  find.addEventListener("input", apply);
  if (story) { story.addEventListener("change", apply); }
  apply();
})();
