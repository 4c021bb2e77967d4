// Charts of the scoring results: ranked bars per unit group and a radar of one unit's area indices
// against its group's average. Data comes from the page's data-chart attribute (no inline script: CSP).
document.addEventListener('DOMContentLoaded', function () {
    var holder = document.getElementById('scoring-chart-data');
    if (!holder || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(holder.getAttribute('data-chart'));
    document.querySelectorAll('canvas.scoring-bars').forEach(function (canvas) {
        var bars = data.bars[canvas.getAttribute('data-group')];
        if (!bars) {
            return;
        }
        canvas.parentElement.style.height = Math.max(160, bars.labels.length * 28 + 60) + 'px';
        new Chart(canvas, {
            type: 'bar',
            data: {labels: bars.labels, datasets: [{label: bars.title, data: bars.values, backgroundColor: '#1f5fa8'}]},
            // The index axis runs from 0 to its maximum, 100, or further if a bonus took a unit above it.
            options: {indexAxis: 'y', maintainAspectRatio: false, animation: false,
                scales: {x: {min: 0, max: Math.max(100, Math.ceil(Math.max.apply(null, bars.values.map(Number).filter(isFinite))))}},
                plugins: {legend: {display: false}}}
        });
    });
    var radar = document.getElementById('scoring-radar');
    if (radar && data.radar) {
        new Chart(radar, {
            type: 'radar',
            data: {
                labels: data.radar.labels,
                datasets: [
                    {label: data.radar.unitLabel, data: data.radar.unit, borderColor: '#1f5fa8', backgroundColor: 'rgba(31,95,168,0.2)'},
                    {label: data.radar.averageLabel, data: data.radar.average, borderColor: '#c0392b', backgroundColor: 'rgba(192,57,43,0.1)'}
                ]
            },
            options: {scales: {r: {min: 0, max: 100}}, plugins: {title: {display: true, text: data.radar.title}}}
        });
    }
});
