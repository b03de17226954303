/*
 * Lintas roll call (training/attendance/rollcall.html): one tap saves at once.
 *
 * Without this file every button is an ordinary form POST that comes back to the page.
 * With it:
 * 1. A tap sends the status with fetch (the form's CSRF token, Accept: JSON), marks the
 *    button pressed straight away, and puts it back if the server refuses; the counts
 *    come back with the answer.
 * 2. Every 20 seconds, while the page is visible, the statuses and counts are read
 *    again, so self check-ins and another facilitator's taps show up.
 * 3. "Find a name" hides the people whose name does not match.
 */
(function () {
    "use strict";

    var root = document.querySelector("[data-rollcall]");
    if (!root || !window.fetch || !window.FormData) {
        return;
    }
    var announce = root.querySelector("[data-rollcall-announce]");
    var pending = {};

    function setCounts(counts) {
        Object.keys(counts || {}).forEach(function (key) {
            var cell = root.querySelector('[data-count="' + key + '"]');
            if (cell) {
                cell.textContent = counts[key];
            }
        });
    }

    function setRow(row, status) {
        var label = root.dataset.unrecorded;
        row.dataset.status = status || "";
        row.querySelectorAll("button[name=status]").forEach(function (button) {
            var on = button.value === status;
            button.setAttribute("aria-pressed", on ? "true" : "false");
            if (on) {
                label = button.dataset.label;
            }
        });
        var state = row.querySelector("[data-state-label]");
        if (state) {
            state.textContent = label;
        }
    }

    function note(row, text, isError) {
        var box = row.querySelector("[data-note]");
        box.textContent = text;
        box.classList.toggle("is-error", !!isError);
        if (announce) {
            announce.textContent = text;
        }
        if (!isError) {
            window.setTimeout(function () {
                if (box.textContent === text) {
                    box.textContent = "";
                }
            }, 2500);
        }
    }

    function send(form, button) {
        var row = form.closest("[data-person]");
        var person = row.dataset.person;
        var before = row.dataset.status;
        var data = new FormData(form);
        data.set("status", button.value);
        setRow(row, button.value);
        row.classList.add("is-saving");
        pending[person] = (pending[person] || 0) + 1;
        fetch(form.action, {
            method: "POST",
            body: data,
            credentials: "same-origin",
            headers: {"Accept": "application/json", "X-CSRFToken": data.get("csrfmiddlewaretoken")}
        }).then(function (response) {
            return response.json().then(function (body) {
                if (!response.ok) {
                    throw new Error((body.error && body.error.message) || root.dataset.failed);
                }
                return body;
            });
        }).then(function (body) {
            setRow(row, body.status);
            setCounts(body.counts);
            note(row, root.dataset.saved + ": " + button.dataset.label);
        }).catch(function (error) {
            setRow(row, before);
            note(row, error instanceof SyntaxError ? root.dataset.failed : error.message, true);
        }).then(function () {
            pending[person] -= 1;
            row.classList.remove("is-saving");
        });
    }

    // event.submitter where the browser has it; otherwise the last button pressed.
    var lastButton = null;
    root.addEventListener("click", function (event) {
        var button = event.target.closest("button[name=status]");
        if (button) {
            lastButton = button;
        }
    });
    root.addEventListener("submit", function (event) {
        var form = event.target.closest("[data-rollcall-form]");
        var button = event.submitter || lastButton;
        if (!form || !button || button.form !== form) {
            return;
        }
        event.preventDefault();
        send(form, button);
    });

    function poll() {
        if (document.visibilityState === "hidden") {
            return;
        }
        fetch(root.dataset.pollUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (body) {
                if (!body) {
                    return;
                }
                setCounts(body.counts);
                root.querySelectorAll("[data-person]").forEach(function (row) {
                    var status = body.statuses[row.dataset.person];
                    if (status !== undefined && !pending[row.dataset.person]) {
                        setRow(row, status);
                    }
                });
            })
            .catch(function () { /* offline for a moment: the next poll tries again */ });
    }
    window.setInterval(poll, 20000);

    var find = root.querySelector("[data-rollcall-find]");
    if (find) {
        find.hidden = false;
        var input = find.querySelector("input");
        input.addEventListener("input", function () {
            var words = input.value.toLowerCase().trim();
            root.querySelectorAll("[data-person]").forEach(function (row) {
                var name = row.querySelector(".rollcall__name").textContent.toLowerCase();
                row.hidden = words !== "" && name.indexOf(words) === -1;
            });
        });
    }
})();
