// Adds a "Copy" button to each citation block. Without JavaScript the blocks stay selectable text.
(function () {
  "use strict";
  document.querySelectorAll('pre[data-copy]').forEach(function (pre) {
    if (!navigator.clipboard) return;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Copy";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(pre.textContent).then(
        function () { button.textContent = "Copied"; },
        function () { button.textContent = "Select the text to copy it"; });
    });
    pre.parentNode.insertBefore(button, pre.nextSibling);
  });
})();
