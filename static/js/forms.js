/*
 * Forms: after a page load, move the focus to what the user has to read first (progressive enhancement;
 * without JavaScript the error summary and messages are at the top of the content and the title says so).
 *
 * - A form sent back with errors: the error summary (NL Design System / GOV.UK pattern), which names each
 *   problem and links to its field. Following a link focuses the field and scrolls its label into view.
 * - Otherwise a message after a redirect ("saved"): the messages region, so a screen reader reads it.
 */
(function () {
  "use strict";

  function focusFirst() {
    var target = document.querySelector("[data-error-summary]") || document.querySelector("[data-focus-on-load]");
    if (target) {
      target.focus();
    }
  }

  function labelFor(field) {
    var fieldset = field.closest("fieldset");
    if (fieldset && (field.type === "checkbox" || field.type === "radio")) {
      return fieldset.querySelector("legend") || fieldset;
    }
    return (field.id && document.querySelector("label[for='" + field.id + "']")) || field;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    labelFor(field).scrollIntoView();
    // A searchable list (Tom Select) is typed into through its own text box.
    if (field.tomselect) {
      field.tomselect.focus();
    } else {
      field.focus({ preventScroll: true });
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusFirst);
  } else {
    focusFirst();
  }
})();
