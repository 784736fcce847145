/// The HTML reports' script, inlined in every page (allowed by hash in its
/// Content-Security-Policy). It only adds to a page that is complete without it: the filter
/// bar (shown only when the script runs), `j`/`n` and `k`/`p` to move between the visible
/// findings with their claim outlined, and sortable columns on a batch's index.
enum HTMLScript {
    static let source = #"""
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var current = null;
  var bar = document.getElementById("filters");

  function boxes(kind) {
    var state = {};
    document.querySelectorAll("#filters input[data-" + kind + "]").forEach(function (box) {
      state[box.getAttribute("data-" + kind)] = box.checked;
    });
    return state;
  }

  function apply() {
    var severities = boxes("severity"), rules = boxes("rule"), shown = 0;
    findings.forEach(function (item) {
      var visible = severities[item.dataset.severity] !== false && rules[item.dataset.rule] !== false;
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    document.querySelectorAll(".claim[data-findings]").forEach(function (claim) {
      var any = claim.dataset.findings.split(" ").some(function (id) {
        var item = document.getElementById(id);
        return item !== null && !item.hidden && !item.classList.contains("suppressed");
      });
      claim.classList.toggle("muted", !any);
    });
    var note = document.getElementById("shown");
    if (note) { note.textContent = "Showing " + shown + " of " + findings.length + " findings"; }
  }

  function select(item) {
    current = item;
    document.querySelectorAll(".claim.current").forEach(function (claim) { claim.classList.remove("current"); });
    var claim = item.dataset.claimText ? document.getElementById(item.dataset.claimText) : null;
    if (claim) { claim.classList.add("current"); claim.scrollIntoView({block: "center"}); }
    item.focus({preventScroll: claim !== null});
    if (claim === null) { item.scrollIntoView({block: "nearest"}); }
  }

  function move(step) {
    var visible = findings.filter(function (item) { return !item.hidden; });
    if (visible.length === 0) { return; }
    var at = visible.indexOf(current);
    var next = at === -1 ? (step > 0 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length;
    select(visible[next]);
  }

  if (bar) {
    bar.hidden = false;
    bar.addEventListener("change", apply);
    apply();
  }
  findings.forEach(function (item) {
    item.addEventListener("click", function () { current = item; });
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || tag === "BUTTON") { return; }
    if (event.key === "j" || event.key === "n") { move(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p") { move(-1); event.preventDefault(); }
  });

  document.querySelectorAll("table.index").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("th[data-sort]").forEach(function (header, column) {
      var button = header.querySelector("button");
      if (!button) { return; }
      button.hidden = false;
      var label = header.querySelector(".label");
      if (label) { label.hidden = true; }
      button.addEventListener("click", function () {
        var descending = header.getAttribute("aria-sort") === "ascending";
        var numeric = header.dataset.sort === "number";
        var index = Array.prototype.indexOf.call(header.parentNode.children, header);
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index].dataset.value || a.cells[index].textContent;
          var y = b.cells[index].dataset.value || b.cells[index].textContent;
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        table.querySelectorAll("th[data-sort]").forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
      });
    });
  });
})();
"""#
}
