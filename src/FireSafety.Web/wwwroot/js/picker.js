// Type-ahead pickers (ADR 0094). A drop-down too long to send whole comes as
// <select data-lookup="/Lookup/Units"> with only its "all" option and the selected one; this puts a
// search box above it that asks the URL (?q=) for matches and fills the drop-down with them.
// Choosing one works as the drop-down always did (data-autosubmit included); Enter takes the first
// match. Without this script the drop-down still filters by its current value.
(function () {
    'use strict';

    var minLength = 2;
    var delay = 250;

    function setUp(select) {
        var input = document.createElement('input');
        input.type = 'search';
        input.className = 'form-control form-control-sm mb-1';
        input.placeholder = select.getAttribute('data-lookup-placeholder') || '';
        input.setAttribute('aria-label', input.placeholder);
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('data-lookup-search', select.name);
        var status = document.createElement('div');
        status.className = 'form-text mt-0';
        status.setAttribute('aria-live', 'polite');
        status.setAttribute('data-lookup-status', select.name);
        select.parentNode.insertBefore(input, select);
        select.parentNode.insertBefore(status, select.nextSibling);

        var timer = 0;
        var sent = 0;
        var matches = [];

        function fill(items) {
            var chosen = select.value;
            var found = items.some(function (item) { return String(item.id) === chosen; });
            Array.prototype.slice.call(select.options).forEach(function (option) {
                // Keep "all" and the current choice unless the matches hold it.
                if (option.value !== '' && (option.value !== chosen || found)) {
                    select.removeChild(option);
                }
            });
            items.forEach(function (item) {
                select.appendChild(new Option(item.text, String(item.id), false, String(item.id) === chosen));
            });
            matches = items;
            status.textContent = items.length === 0
                ? (select.getAttribute('data-lookup-empty') || '')
                : (select.getAttribute('data-lookup-count') || '{0}').replace('{0}', String(items.length));
        }

        function search() {
            window.clearTimeout(timer);
            timer = 0;
            var q = input.value.trim();
            if (q.length < minLength) {
                matches = [];
                status.textContent = '';
                return Promise.resolve();
            }
            var url = select.getAttribute('data-lookup');
            var ticket = ++sent;
            return fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(q), {
                credentials: 'same-origin',
                headers: { Accept: 'application/json' }
            }).then(function (response) {
                var type = response.headers.get('Content-Type') || '';
                return response.ok && type.indexOf('json') >= 0 ? response.json() : [];
            }).then(function (items) {
                if (ticket === sent) {
                    fill(items);
                }
            }, function () {
                status.textContent = '';
            });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(search, delay);
        });

        input.addEventListener('keydown', function (event) {
            if (event.key !== 'Enter') {
                return;
            }
            // Enter chooses the first match instead of sending the form with the old choice.
            event.preventDefault();
            (timer ? search() : Promise.resolve()).then(function () {
                if (matches.length === 0) {
                    return;
                }
                select.value = String(matches[0].id);
                if (select.hasAttribute('data-autosubmit')) {
                    select.dispatchEvent(new Event('change', { bubbles: true }));
                } else if (select.form) {
                    select.form.requestSubmit();
                }
            });
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll('select[data-lookup]'), setUp);
})();
