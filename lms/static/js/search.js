/*
 * Lintas search: suggestions while typing, under the header search box and the box of
 * the results page. Every search form works without this file (it simply submits).
 *
 * The pattern is the ARIA 1.2 combobox with a listbox popup: the input keeps focus;
 * ArrowDown/ArrowUp move through the suggestions (aria-activedescendant), Enter opens
 * the chosen one (or submits the search when none is chosen), Escape closes the list,
 * a click or tap opens a suggestion. Suggestions come from the form's
 * data-suggest-url (or <form action>saran/) as JSON, at least 2 characters typed,
 * 150 ms after the last key; an answer to an older query is thrown away.
 */
(function () {
    "use strict";

    var MIN_CHARS = 2;
    var DELAY_MS = 150;
    var TEXT = {
        id: {
            list: "Saran pencarian",
            count: function (n) {
                return n ? n + " saran. Gunakan panah atas dan bawah untuk memilih." : "Tidak ada saran.";
            }
        },
        en: {
            list: "Search suggestions",
            count: function (n) {
                return n ? n + (n === 1 ? " suggestion" : " suggestions") +
                    ". Use the up and down arrows to choose." : "No suggestions.";
            }
        }
    };
    var text = TEXT[(document.documentElement.lang || "id").slice(0, 2)] || TEXT.id;
    var counter = 0;

    function suggestUrl(form) {
        var url = form.getAttribute("data-suggest-url");
        if (url) {
            return url;
        }
        var action = form.getAttribute("action") || "/cari/";
        return action.replace(/\/?$/, "/") + "saran/";
    }

    /* The title as text nodes, with the typed words in <mark> (no HTML is parsed). */
    function highlighted(title, words) {
        var lower = title.toLowerCase();
        var marks = [];
        words.forEach(function (word) {
            var from = 0;
            var at;
            while (word && (at = lower.indexOf(word, from)) !== -1) {
                marks.push([at, at + word.length]);
                from = at + word.length;
            }
        });
        marks.sort(function (a, b) { return a[0] - b[0]; });
        var fragment = document.createDocumentFragment();
        var cursor = 0;
        marks.forEach(function (range) {
            if (range[0] < cursor) {
                return; // overlaps the previous mark
            }
            fragment.appendChild(document.createTextNode(title.slice(cursor, range[0])));
            var mark = document.createElement("mark");
            mark.textContent = title.slice(range[0], range[1]);
            fragment.appendChild(mark);
            cursor = range[1];
        });
        fragment.appendChild(document.createTextNode(title.slice(cursor)));
        return fragment;
    }

    function setUp(input) {
        var form = input.form;
        if (!form || input.getAttribute("data-suggest") === "on") {
            return;
        }
        input.setAttribute("data-suggest", "on");
        counter += 1;
        var listId = "search-suggestions-" + counter;
        var anchor = input.parentNode;
        anchor.classList.add("suggest-anchor");

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "suggest";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", text.list);
        list.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        anchor.appendChild(list);
        anchor.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        var url = suggestUrl(form);
        var options = [];
        var active = -1;
        var timer = null;
        var latest = 0;
        var shownFor = null;

        function setActive(index) {
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "false");
            }
            active = index;
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "true");
                input.setAttribute("aria-activedescendant", options[active].id);
                options[active].scrollIntoView({block: "nearest"});
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function open() {
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function close() {
            setActive(-1);
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
        }

        function go(index) {
            var option = options[index];
            if (option) {
                close();
                window.location.assign(option.getAttribute("data-url"));
            }
        }

        function render(query, suggestions) {
            var words = query.toLowerCase().split(/\s+/).filter(Boolean);
            list.textContent = "";
            options = suggestions.map(function (suggestion, index) {
                var option = document.createElement("li");
                option.id = listId + "-" + index;
                option.className = "suggest__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-url", suggestion.url);
                option.setAttribute("data-kind", suggestion.kind);
                var title = document.createElement("span");
                title.className = "suggest__title";
                title.appendChild(highlighted(suggestion.title, words));
                var kind = document.createElement("span");
                kind.className = "suggest__kind";
                kind.textContent = suggestion.kind_label;
                option.appendChild(title);
                option.appendChild(kind);
                list.appendChild(option);
                return option;
            });
            active = -1;
            input.removeAttribute("aria-activedescendant");
            shownFor = query;
            status.textContent = text.count(options.length);
            if (options.length) {
                open();
            } else {
                close();
            }
        }

        function fetchSuggestions(query) {
            latest += 1;
            var ticket = latest;
            fetch(url + "?q=" + encodeURIComponent(query), {
                headers: {"Accept": "application/json"},
                credentials: "same-origin"
            }).then(function (response) {
                return response.ok ? response.json() : {suggestions: []};
            }).then(function (data) {
                if (ticket === latest && input.value.trim() === query) {
                    render(query, data.suggestions || []);
                }
            }).catch(function () {
                if (ticket === latest) {
                    close();
                }
            });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var query = input.value.trim();
            if (query.length < MIN_CHARS) {
                latest += 1; // drop any answer on its way
                options = [];
                list.textContent = "";
                shownFor = null;
                close();
                return;
            }
            timer = window.setTimeout(function () { fetchSuggestions(query); }, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            var isOpen = !list.hidden;
            if (event.key === "ArrowDown" || event.key === "Down") {
                if (!options.length) {
                    return;
                }
                event.preventDefault();
                if (!isOpen) {
                    open();
                }
                setActive(active + 1 < options.length ? active + 1 : 0);
            } else if (event.key === "ArrowUp" || event.key === "Up") {
                if (!isOpen || !options.length) {
                    return;
                }
                event.preventDefault();
                setActive(active > 0 ? active - 1 : options.length - 1);
            } else if (event.key === "Enter") {
                if (isOpen && active >= 0) {
                    event.preventDefault();
                    go(active);
                }
            } else if (event.key === "Escape" || event.key === "Esc") {
                if (isOpen) {
                    event.preventDefault();
                    event.stopPropagation(); // the menu toggle must not close too
                    close();
                }
            } else if (event.key === "Tab") {
                close();
            }
        });

        input.addEventListener("focus", function () {
            if (shownFor !== null && shownFor === input.value.trim()) {
                open();
            }
        });

        input.addEventListener("blur", function () {
            close();
        });

        // Keep the focus in the input while the pointer is on the list.
        list.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });

        list.addEventListener("click", function (event) {
            var option = event.target.closest(".suggest__option");
            if (option) {
                go(options.indexOf(option));
            }
        });

        list.addEventListener("mousemove", function (event) {
            var option = event.target.closest(".suggest__option");
            var index = option ? options.indexOf(option) : -1;
            if (index >= 0 && index !== active) {
                setActive(index);
            }
        });
    }

    /* Wide screens show the facets as a column: open the phone's "Filter" disclosure
       (the CSS does it too where ::details-content is supported). */
    function openFiltersOnWideScreens() {
        var filters = document.querySelector(".search-filters");
        if (filters && window.matchMedia && window.matchMedia("(min-width: 60em)").matches) {
            filters.open = true;
        }
    }

    function setUpAll() {
        openFiltersOnWideScreens();
        if (!window.fetch) {
            return;
        }
        var inputs = document.querySelectorAll(
            "form[role=search] input[type=search][name=q]"
        );
        Array.prototype.forEach.call(inputs, setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUpAll);
    } else {
        setUpAll();
    }
})();
