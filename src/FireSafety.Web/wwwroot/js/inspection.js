// Self-inspection form. Each item's answer is posted as soon as it is given (htmx). Until the
// server has it, the answer is also kept in this browser's localStorage, so neither a dropped
// connection nor a closed page loses it: it is sent again when the browser is back online and
// when the form is opened again. It goes with the version of the answer it was made against, so
// an answer saved meanwhile from another device is not overwritten silently: the server answers
// with a conflict message and the person decides. Photos are not kept (too large for storage).
// Without htmx the forms post normally.
(function () {
    'use strict';
    var PREFIX = 'firesafety.inspection.';
    var followedUp = {};

    function items() {
        return Array.prototype.slice.call(document.querySelectorAll('form[data-testid=item]'));
    }

    function inspectionId() {
        var form = document.querySelector('form[data-testid=item]');
        return form ? form.getAttribute('data-inspection') : null;
    }

    function load() {
        try {
            return JSON.parse(window.localStorage.getItem(PREFIX + inspectionId()) || '{}') || {};
        } catch (e) {
            return {};
        }
    }

    function store(map) {
        try {
            if (Object.keys(map).length > 0) {
                window.localStorage.setItem(PREFIX + inspectionId(), JSON.stringify(map));
            } else {
                window.localStorage.removeItem(PREFIX + inspectionId());
            }
        } catch (e) {
            // Storage full or disabled: the answer is still posted; only the safety net is missing.
        }
    }

    function itemIdOf(form) {
        return form.querySelector('input[name=ItemId]').value;
    }

    // What is on screen, or (stored) what the server rendered: the answer it has.
    function valuesOf(form, stored) {
        var result = null;
        form.querySelectorAll('input[name=Result]').forEach(function (radio) {
            if (stored ? radio.defaultChecked : radio.checked) {
                result = radio.value;
            }
        });
        var note = form.querySelector('textarea[name=Note]');
        var version = form.querySelector('input[name=Version]');
        return {
            result: result,
            note: stored ? note.defaultValue : note.value,
            version: stored ? version.defaultValue : version.value
        };
    }

    function sameAs(entry, values) {
        return (entry.result === null || entry.result === values.result) &&
            (entry.note || '').trim() === (values.note || '').trim();
    }

    function apply(form, entry) {
        form.querySelectorAll('input[name=Result]').forEach(function (radio) {
            radio.checked = radio.value === entry.result;
        });
        form.querySelector('textarea[name=Note]').value = entry.note || '';
        form.querySelector('input[name=Version]').value = entry.version;
    }

    function mark(form, unsent) {
        var note = form.querySelector('[data-unsaved]');
        if (note) {
            note.classList.toggle('d-none', !unsent);
        }
    }

    function showPending(map) {
        var box = document.querySelector('[data-pending]');
        if (!box) {
            return;
        }
        var codes = Object.keys(map).map(function (id) { return map[id].code; });
        box.querySelector('[data-pending-codes]').textContent = codes.join(', ');
        box.classList.toggle('d-none', codes.length === 0);
    }

    function remember(form) {
        var map = load();
        var id = itemIdOf(form);
        var entry = valuesOf(form);
        if (map[id]) {
            // Keep the version the first unsent change was made against.
            entry.version = map[id].version;
        }
        entry.code = form.getAttribute('data-code');
        entry.action = form.getAttribute('action');
        map[id] = entry;
        store(map);
    }

    // An answer whose item is not on this page (one item at a time): posted as htmx would.
    function post(id, entry) {
        var token = document.querySelector('input[name=__RequestVerificationToken]');
        var body = new FormData();
        body.append('ItemId', id);
        if (entry.result) {
            body.append('Result', entry.result);
        }
        body.append('Note', entry.note || '');
        body.append('Version', entry.version);
        body.append('__RequestVerificationToken', token ? token.value : '');
        return window.fetch(entry.action, { method: 'POST', body: body, headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            .then(function (html) {
                if (html.indexOf('data-error="false"') >= 0) {
                    var map = load();
                    delete map[id];
                    store(map);
                }
                showPending(load());
            })
            .catch(function () { showPending(load()); });
    }

    function resend() {
        var map = load();
        var onPage = {};
        items().forEach(function (form) {
            var id = itemIdOf(form);
            onPage[id] = true;
            var entry = map[id];
            if (!entry) {
                return;
            }
            if (sameAs(entry, valuesOf(form, true))) {
                // Already stored by the server (only the answer to our request was lost).
                delete map[id];
                return;
            }
            apply(form, entry);
            mark(form, true);
            if (navigator.onLine && window.htmx) {
                window.htmx.trigger(form, 'change');
            }
        });
        store(map);
        showPending(map);
        if (navigator.onLine) {
            Object.keys(map).filter(function (id) { return !onPage[id]; }).forEach(function (id) { post(id, map[id]); });
        }
    }

    function formOf(target) {
        return target && target.closest ? target.closest('form[data-testid=item]') : null;
    }

    function onEdit(event) {
        var form = formOf(event.target);
        if (form && event.target.type !== 'file') {
            remember(form);
        }
    }

    document.addEventListener('input', onEdit);
    document.addEventListener('change', onEdit);
    document.addEventListener('htmx:sendError', function (event) { mark(event.detail.elt, true); showPending(load()); });
    document.addEventListener('htmx:responseError', function (event) { mark(event.detail.elt, true); showPending(load()); });
    document.addEventListener('htmx:afterSwap', function (event) {
        var form = document.getElementById(event.detail.elt.id);
        if (!form || form.getAttribute('data-error') === 'true') {
            // Refused (a conflict or a bad value): the unsent answer stays kept until it is saved.
            showPending(load());
            return;
        }
        var map = load();
        var id = itemIdOf(form);
        var entry = map[id];
        if (entry) {
            var saved = valuesOf(form, true);
            if (sameAs(entry, saved)) {
                delete map[id];
            } else {
                // Typed on while the request was on its way: keep it on screen and send it too
                // (once: if the server keeps answering otherwise, it stays marked as unsent).
                entry.version = saved.version;
                map[id] = entry;
                apply(form, entry);
                mark(form, true);
                if (window.htmx && !followedUp[id]) {
                    followedUp[id] = true;
                    window.htmx.trigger(form, 'change');
                }
            }
            store(map);
        }
        showPending(map);
    });

    window.addEventListener('online', resend);
    // After htmx has wired the forms (it does so when the document is loaded).
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { window.setTimeout(resend, 0); });
    } else {
        window.setTimeout(resend, 0);
    }
})();
