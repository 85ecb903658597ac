// FireSafety site script. Loaded from a file: the CSP forbids inline script.
(function () {
    'use strict';

    // <form data-confirm="Question?">: ask before a destructive action is sent.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement)) {
            return;
        }
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    // <select data-autosubmit>: apply a filter as soon as it changes.
    document.addEventListener('change', function (event) {
        var element = event.target;
        if (element instanceof HTMLSelectElement && element.hasAttribute('data-autosubmit') && element.form) {
            element.form.requestSubmit();
        }
    });
})();
