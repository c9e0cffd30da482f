// Adds a "Copy link" button beside each permalink marked data-copy-link.
// Progressive enhancement: without JavaScript, or where the clipboard is
// unavailable (pages served over plain HTTP), the link itself remains.
"use strict";
if (navigator.clipboard) {
  for (const link of document.querySelectorAll("a[data-copy-link]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy link";
    const status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(link.href);
        status.textContent = "Link copied.";
      } catch {
        status.textContent = "Copying failed: use the link instead.";
      }
    });
    link.after(" ", button, " ", status);
  }
}
