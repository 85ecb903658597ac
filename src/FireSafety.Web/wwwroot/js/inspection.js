// Self-inspection form: an answer that could not be sent (no network) is marked and sent again
// when the browser is back online. Without htmx the forms post normally.
(function () {
    'use strict';
    var unsaved = new Set();

    function mark(form, failed) {
        var note = form.querySelector('[data-unsaved]');
        if (note) {
            note.classList.toggle('d-none', !failed);
        }
        if (failed) {
            unsaved.add(form.id);
        } else {
            unsaved.delete(form.id);
        }
    }

    document.addEventListener('htmx:sendError', function (event) { mark(event.detail.elt, true); });
    document.addEventListener('htmx:responseError', function (event) { mark(event.detail.elt, true); });
    document.addEventListener('htmx:afterSwap', function (event) { unsaved.delete(event.detail.elt.id); });

    window.addEventListener('online', function () {
        unsaved.forEach(function (id) {
            var form = document.getElementById(id);
            if (form && window.htmx) {
                window.htmx.trigger(form, 'change');
            }
        });
    });
})();
