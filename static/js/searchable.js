/*
 * Long lists of choices become searchable: type a few letters, pick with the arrow keys and Enter, remove a
 * choice with Backspace. Tom Select (npm tom-select) does the work; without JavaScript the plain <select>
 * (with its "hold Ctrl" help) stays. Started on every select[data-searchable] (deventer_intl.forms).
 */
(function () {
  "use strict";
  if (typeof TomSelect === "undefined") {
    return;
  }

  function message(text, className) {
    var element = document.createElement("div");
    element.className = className;
    element.textContent = text;
    return element;
  }

  document.querySelectorAll("select[data-searchable]").forEach(function (select) {
    var settings = {
      maxOptions: null,
      allowEmptyOption: !select.multiple,
      closeAfterSelect: !select.multiple,
      render: {
        no_results: function () {
          return message(select.dataset.noResults || "", "no-results");
        },
      },
    };
    if (select.multiple) {
      settings.plugins = { remove_button: { title: select.dataset.removeLabel || "" } };
      // After a choice the search starts afresh, so the next country can be typed straight away.
      settings.onItemAdd = function () {
        this.setTextboxValue("");
        this.refreshOptions(false);
      };
    }
    var control = new TomSelect(select, settings);
    // Tom Select copies the select's classes to its wrapper: the NL Design System select look is for the
    // plain select only.
    control.wrapper.classList.remove("utrecht-select", "utrecht-select--html-select");
    // Tom Select moves the label to the box people type in; the original (hidden) select keeps its name.
    var label = document.querySelector("label[for='" + control.control_input.id + "']");
    if (label && label.id) {
      select.setAttribute("aria-labelledby", label.id);
    }
    // The help text and error message of the field describe the box people type in, too.
    var described = select.getAttribute("aria-describedby");
    if (described) {
      control.control_input.setAttribute("aria-describedby", described);
    }
    if (select.getAttribute("aria-invalid") === "true") {
      control.control_input.setAttribute("aria-invalid", "true");
    }
  });
})();
