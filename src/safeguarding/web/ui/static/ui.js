// Safeguarding review UI: keyboard shortcuts, deliberate media reveal, live announcements.
// Plain JavaScript, nothing loaded from elsewhere.
(function () {
  "use strict";

  var live = document.getElementById("live");
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrfToken = csrfMeta ? csrfMeta.getAttribute("content") : "";

  function announce(text) {
    if (!live) return;
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 30);
  }

  function isTyping(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    if (tag === "textarea" || tag === "select" || target.isContentEditable) return true;
    if (tag !== "input") return false;
    var type = (target.getAttribute("type") || "text").toLowerCase();
    return ["checkbox", "radio", "button", "submit", "reset"].indexOf(type) === -1;
  }

  // --- Reveal: one deliberate click per item; the server checks the role and logs the reveal. ---
  function conceal(frame, button) {
    var media = frame.querySelector("img, video");
    var objectUrl = media.getAttribute("data-object-url");
    if (media.tagName.toLowerCase() === "video") {
      media.pause();
      media.removeAttribute("src");
      media.load();
    } else {
      media.src = media.getAttribute("data-thumbnail");
      media.alt = media.alt.replace(", revealed", ", blurred and greyscale");
    }
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    media.removeAttribute("data-object-url");
    media.classList.add("concealed");
    frame.classList.remove("revealed");
    frame.removeAttribute("data-revealed");
    button.textContent = button.getAttribute("data-reveal-label");
    announce("Media blurred again.");
  }

  function reveal(frame, button) {
    var url = frame.getAttribute("data-media-url") + "/reveal";
    button.disabled = true;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrfToken },
    }).then(function (response) {
      if (response.status === 403) throw new Error("Your role may not reveal media.");
      if (!response.ok) throw new Error("The media could not be revealed (" + response.status + ").");
      return response.blob();
    }).then(function (blob) {
      var media = frame.querySelector("img, video");
      var objectUrl = URL.createObjectURL(blob);
      if (media.tagName.toLowerCase() === "video") {
        media.muted = true;
        media.autoplay = false;
      } else {
        media.setAttribute("data-thumbnail", media.getAttribute("src"));
        media.alt = media.alt.replace(", blurred and greyscale", ", revealed");
      }
      media.setAttribute("data-object-url", objectUrl);
      media.src = objectUrl;
      media.classList.remove("concealed");
      frame.classList.add("revealed");
      frame.setAttribute("data-revealed", "1");
      if (!button.hasAttribute("data-reveal-label")) button.setAttribute("data-reveal-label", button.textContent);
      button.textContent = "Blur again";
      button.disabled = false;
      var revealed = document.querySelector("[data-testid=shown-media_revealed]");
      if (revealed) revealed.textContent = String(parseInt(revealed.textContent, 10) + 1);
      announce("Media revealed. The reveal was logged.");
    }).catch(function (error) {
      button.disabled = false;
      announce(error.message);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-reveal]") : null;
    if (!button) return;
    event.preventDefault();
    var frame = button.closest(".media-frame");
    if (frame.hasAttribute("data-revealed")) conceal(frame, button);
    else reveal(frame, button);
  });

  // --- Decision form ---
  var form = document.getElementById("decide-form");
  var reason = document.getElementById("reason");
  var scopeHint = document.getElementById("scope-hint");

  function selectedItems() {
    return document.querySelectorAll(".item-select:checked");
  }

  function updateScope() {
    if (!scopeHint) return;
    var count = selectedItems().length;
    scopeHint.textContent = count === 0
      ? "Applies to the whole case. Tick items (or press A for all) to decide on items only."
      : "Applies to " + count + " selected item" + (count === 1 ? "" : "s") + " only.";
  }

  document.addEventListener("change", function (event) {
    if (event.target.classList && event.target.classList.contains("item-select")) updateScope();
  });

  if (form) {
    form.addEventListener("submit", function (event) {
      var chosen = form.querySelector('input[name="action"]:checked');
      if (chosen && chosen.hasAttribute("data-needs-reason") && reason && !reason.value.trim()) {
        event.preventDefault();
        announce("Please give a reason for " + chosen.value + ".");
        reason.setAttribute("aria-invalid", "true");
        reason.focus();
      }
    });
  }

  function chooseAction(key) {
    if (!form) return false;
    var radio = form.querySelector('input[name="action"][data-shortcut="' + key + '"]');
    if (!radio) return false;
    radio.checked = true;
    var label = form.querySelector('label[for="' + radio.id + '"]');
    var name = label ? label.textContent.replace(/\s+[A-Z]$/, "").trim() : radio.value;
    if (radio.hasAttribute("data-needs-reason")) {
      announce(name + " chosen. Type the reason, then press Enter on Record decision.");
      reason.focus();
    } else {
      announce(name + " chosen. Press Enter to record it.");
      document.getElementById("decide-submit").focus();
    }
    return true;
  }

  function toggleAllItems() {
    var boxes = document.querySelectorAll(".item-select");
    if (!boxes.length) return false;
    var allChecked = selectedItems().length === boxes.length;
    boxes.forEach(function (box) { box.checked = !allChecked; });
    updateScope();
    announce(allChecked ? "No items selected: the decision applies to the whole case." : "All items selected.");
    return true;
  }

  function revealNext() {
    var button = document.querySelector(".media-frame:not([data-revealed]) [data-reveal]:not(:disabled)");
    if (!button) {
      announce(document.querySelector("[data-reveal]") ? "No more media to reveal." : "Nothing you may reveal here.");
      return true;
    }
    button.focus();
    button.click();
    return true;
  }

  function claimNext() {
    var button = document.getElementById("claim-next");
    if (!button || button.disabled) { announce("No case is waiting."); return true; }
    button.click();
    return true;
  }

  function showShortcuts() {
    var section = document.getElementById("shortcuts");
    if (!section) return false;
    var heading = section.querySelector("h2");
    heading.setAttribute("tabindex", "-1");
    heading.focus();
    section.scrollIntoView({ block: "nearest" });
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && isTyping(event.target)) { event.target.blur(); return; }
    if (isTyping(event.target)) return;
    var key = event.key;
    var handled = false;
    if (key === "c" || key === "d" || key === "e" || key === "n") handled = chooseAction(key);
    else if (key === "a") handled = toggleAllItems();
    else if (key === "r") handled = revealNext();
    else if (key === "j") handled = claimNext();
    else if (key === "?") handled = showShortcuts();
    if (handled) event.preventDefault();
  });

  // --- Chat context: "show more" asks the server, which asks the operator's chat service. ---
  var MORE_CHUNK = 10;

  function messageRow(message) {
    var li = document.createElement("li");
    li.className = "message context-line fetched";
    li.setAttribute("data-testid", "fetched-line");
    var author = document.createElement("span");
    author.className = "author";
    author.textContent = message.author || "";
    var when = document.createElement("span");
    when.className = "when";
    var time = message.time || "";
    when.textContent = time.indexOf("T") >= 0 ? time.split("T")[1].slice(0, 5) : time;
    var text = document.createElement("span");
    text.className = "text";
    text.textContent = message.text || "";
    li.appendChild(author);
    li.appendChild(when);
    li.appendChild(text);
    return li;
  }

  function showMore(button) {
    var gap = button.closest(".gap");
    var list = gap.closest(".conversation");
    var start = parseInt(gap.getAttribute("data-start"), 10);
    var end = parseInt(gap.getAttribute("data-end"), 10);
    var url = list.getAttribute("data-more-url") + "?conversation_id=" +
      encodeURIComponent(list.getAttribute("data-conversation-id")) + "&start=" + start + "&end=" + end;
    button.disabled = true;
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error(body.detail || ("HTTP " + response.status));
          return body;
        });
      })
      .then(function (body) {
        var messages = body.messages || [];
        var first = null;
        messages.forEach(function (message) {
          var row = messageRow(message);
          list.insertBefore(row, gap);
          if (!first) first = row;
        });
        var earlier = gap.hasAttribute("data-earlier");
        var later = gap.hasAttribute("data-later");
        if (earlier && start > 0) {
          // Keep the button above what was just shown, for the chunk before it.
          if (first) list.insertBefore(gap, first);
          gap.setAttribute("data-end", String(start - 1));
          gap.setAttribute("data-start", String(Math.max(0, start - MORE_CHUNK)));
          button.disabled = false;
        } else if (later && messages.length === end - start + 1) {
          gap.setAttribute("data-start", String(end + 1));
          gap.setAttribute("data-end", String(end + MORE_CHUNK));
          button.disabled = false;
        } else {
          gap.remove();
        }
        announce(messages.length + " more messages shown.");
      })
      .catch(function (error) {
        button.disabled = false;
        var note = gap.querySelector(".error") || document.createElement("span");
        note.className = "error";
        note.setAttribute("role", "alert");
        note.textContent = " Could not fetch: " + error.message;
        gap.appendChild(note);
      });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.show-more") : null;
    if (button) { event.preventDefault(); showMore(button); }
  });

  // --- Exposure: a collapsed ad of a network counts as shown once the reviewer opens it. ---
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (!details.hasAttribute || !details.hasAttribute("data-exposure-item") || !details.open) return;
    if (details.hasAttribute("data-counted")) return;
    details.setAttribute("data-counted", "1");
    var body = new URLSearchParams();
    body.set("item_id", details.getAttribute("data-exposure-item"));
    fetch(document.body.getAttribute("data-ui-prefix") + "/exposure/ad", {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrfToken, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    }).catch(function () { details.removeAttribute("data-counted"); });
  }, true);

  // --- Bulk decisions: cases of one kind only. ---
  var bulkForm = document.getElementById("bulk-form");
  var bulkHint = document.getElementById("bulk-hint");
  var bulkSubmit = document.getElementById("bulk-submit");

  function updateBulk() {
    var chosen = document.querySelectorAll(".case-select:checked");
    var kinds = {};
    chosen.forEach(function (box) { kinds[box.getAttribute("data-kind")] = true; });
    var mixed = Object.keys(kinds).length > 1;
    bulkSubmit.disabled = mixed;
    bulkHint.textContent = chosen.length === 0
      ? "Tick cases of one kind in the list above."
      : mixed
        ? "The selected cases are of more than one kind: a bulk decision takes cases of one kind."
        : chosen.length + " case" + (chosen.length === 1 ? "" : "s") + " selected.";
  }

  if (bulkForm && bulkSubmit && bulkHint) {
    document.addEventListener("change", function (event) {
      if (event.target.classList && event.target.classList.contains("case-select")) updateBulk();
    });
  }

  var focusTarget = document.body.getAttribute("data-focus");
  if (focusTarget && document.getElementById(focusTarget)) document.getElementById(focusTarget).focus();
})();
