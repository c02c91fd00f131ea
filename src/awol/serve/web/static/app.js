// AWOL newsroom: the only script of the pages (no inline scripts: the CSP forbids them).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Add a missed event: the selection in the article text gives the evidence offsets.
  var text = document.getElementById("article-text");
  var start = document.getElementById("sel-start");
  var end = document.getElementById("sel-end");
  var shown = document.getElementById("sel-text");
  function offset(node, off) {
    // character offset of (node, off) in the cleaned text: each piece carries its data-start
    var el = node.nodeType === 3 ? node.parentElement : node;
    while (el && el !== text && !el.hasAttribute("data-start")) el = el.parentElement;
    if (!el || el === text) return null;
    return parseInt(el.getAttribute("data-start"), 10) + (node.nodeType === 3 ? off : 0);
  }
  if (text && start && end) {
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      var r = sel.getRangeAt(0);
      if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return;
      var a = offset(r.startContainer, r.startOffset), b = offset(r.endContainer, r.endOffset);
      if (a === null || b === null || b <= a) return;
      start.value = a; end.value = b;
      if (shown) shown.textContent = "“" + sel.toString() + "”";
    });
  }
  // Ask before rejecting an event.
  document.querySelectorAll("button.reject").forEach(function (b) {
    b.addEventListener("click", function (ev) {
      if (!window.confirm("Reject this event? It can be undone from the audit page.")) ev.preventDefault();
    });
  });
});
