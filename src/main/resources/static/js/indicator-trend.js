// Trend chart of one indicator (Chart.js): the data comes from the JSON endpoint named on the canvas.
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('trend-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    fetch(canvas.dataset.trendUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (data) {
            var datasets = [{
                label: data.valueLabel + ': ' + data.title,
                data: data.values,
                borderColor: '#8b1e1e',
                backgroundColor: '#8b1e1e',
                spanGaps: true,
                tension: 0.2
            }];
            if (data.target !== null && data.target !== undefined) {
                datasets.push({
                    label: data.targetLabel,
                    data: data.labels.map(function () { return data.target; }),
                    borderColor: '#15803d',
                    borderDash: [6, 4],
                    pointRadius: 0
                });
            }
            new Chart(canvas, {
                type: 'line',
                data: {labels: data.labels, datasets: datasets},
                // The axis starts at 0 (a bar or line read against a cut axis looks larger or smaller than it is)
                // and a rate ends at 100 %.
                options: {responsive: true, maintainAspectRatio: false, animation: false,
                    scales: {y: data.percent ? {min: 0, max: 100} : {beginAtZero: true, min: 0}}}
            });
            canvas.dataset.rendered = 'true';
        });
});
