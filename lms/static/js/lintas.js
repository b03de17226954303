/*
 * Lintas: small progressive enhancements. Every page works without this file.
 *
 * 1. Marks <html> with "js" so the CSS can collapse the phone menu behind a button.
 * 2. The menu toggle: aria-expanded on the button, Escape closes and returns focus.
 */
(function () {
    "use strict";

    var root = document.documentElement;
    root.classList.remove("no-js");
    root.classList.add("js");

    function setUpMenuToggle() {
        var button = document.querySelector(".nav-toggle");
        var menu = button && document.getElementById(button.getAttribute("aria-controls"));
        if (!button || !menu) {
            return;
        }
        button.hidden = false;

        function setOpen(open) {
            button.setAttribute("aria-expanded", open ? "true" : "false");
            menu.classList.toggle("is-open", open);
        }

        button.addEventListener("click", function () {
            setOpen(button.getAttribute("aria-expanded") !== "true");
        });

        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                button.focus();
            }
        });

        // Back on a wide screen the menu is always shown: forget the phone state.
        var wide = window.matchMedia("(min-width: 60em)");
        var onChange = function () {
            if (wide.matches) {
                setOpen(false);
            }
        };
        if (wide.addEventListener) {
            wide.addEventListener("change", onChange);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUpMenuToggle);
    } else {
        setUpMenuToggle();
    }
})();
