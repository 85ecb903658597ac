// The dashboard's charts, drawn from its tables (the tables stay the accessible, printable source).
// A table with data-chart="bar|doughnut" names its canvas in data-chart-canvas; its series are the
// header cells marked data-series (colour in data-color); its labels are the row headers
// (data-label); its values the cells' data-value. Rows marked data-chart-skip="true" are left out.
(function () {
    'use strict';
    if (typeof window.Chart === 'undefined') {
        return;
    }

    function label(row) {
        var head = row.querySelector('[data-label]');
        return (head ? head.getAttribute('data-label') : row.cells[0].textContent).trim();
    }

    document.querySelectorAll('table[data-chart]').forEach(function (table) {
        var canvas = document.getElementById(table.getAttribute('data-chart-canvas'));
        if (!canvas || !table.tHead || !table.tBodies.length) {
            return;
        }

        var type = table.getAttribute('data-chart');
        var stacked = table.getAttribute('data-chart-stacked') === 'true';
        var horizontal = table.getAttribute('data-chart-horizontal') === 'true';
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        var rows = Array.prototype.slice.call(table.tBodies[0].rows).filter(function (row) {
            return row.getAttribute('data-chart-skip') !== 'true';
        });
        if (rows.length === 0) {
            canvas.parentElement.classList.add('d-none');
            return;
        }

        var datasets = [];
        headers.forEach(function (th, column) {
            if (!th.hasAttribute('data-series')) {
                return;
            }

            datasets.push({
                label: th.textContent.trim(),
                data: rows.map(function (row) { return Number(row.cells[column].getAttribute('data-value') || 0); }),
                backgroundColor: type === 'doughnut'
                    ? rows.map(function (row) { var c = row.querySelector('[data-color]'); return c ? c.getAttribute('data-color') : undefined; })
                    : th.getAttribute('data-color') || undefined
            });
        });

        if (horizontal) {
            // One bar per unit: the box grows with the rows (set through the CSSOM, allowed by the CSP).
            canvas.parentElement.style.height = Math.max(180, rows.length * 26 + 70) + 'px';
        }

        var options = {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { position: 'bottom' } }
        };
        if (type === 'bar') {
            options.indexAxis = horizontal ? 'y' : 'x';
            // Counts: whole numbers on the value axis.
            var count = { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } };
            var category = { stacked: stacked };
            options.scales = horizontal ? { x: count, y: category } : { x: category, y: count };
        }

        new window.Chart(canvas, { type: type, data: { labels: rows.map(label), datasets: datasets }, options: options });
        canvas.setAttribute('data-chart-drawn', 'true');
    });
})();
