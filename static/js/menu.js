/* The main menu (templates/includes/main_menu_toggle.html): a <details> that works without JavaScript.
   Enhancement only: on wide screens the menu is kept open (so browsers that cannot style a closed details'
   content still show the links), and Escape closes it on a phone, returning focus to the Menu button. */
(function () {
  "use strict";
  var menu = document.querySelector("[data-main-menu]");
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 40.0625rem)");
  function follow() { menu.open = wide.matches; }
  follow();
  if (wide.addEventListener) wide.addEventListener("change", follow);
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();
