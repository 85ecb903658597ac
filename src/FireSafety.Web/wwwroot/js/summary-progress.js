// Follows a background compile of the annual summary: polls its progress and updates the bar
// without reloading; when the run ends, reloads once to show the new figures and history.
(function () {
    'use strict';
    var panel = document.querySelector('[data-progress-url]');
    if (!panel) {
        return;
    }
    var url = panel.getAttribute('data-progress-url');
    var bar = panel.querySelector('progress');
    var percent = panel.querySelector('[data-testid=run-percent]');
    var message = panel.querySelector('[data-testid=run-message]');

    function poll() {
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(function (run) {
                bar.value = run.percent;
                percent.textContent = run.percent;
                if (run.message) {
                    message.textContent = run.message;
                }
                if (run.done) {
                    bar.value = 100;
                    percent.textContent = 100;
                    window.setTimeout(function () { window.location.reload(); }, 400);
                } else {
                    window.setTimeout(poll, 1000);
                }
            })
            .catch(function () { window.setTimeout(poll, 5000); });
    }

    window.setTimeout(poll, 500);
})();
