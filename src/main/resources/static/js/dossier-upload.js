// Sends the chosen file as the raw request body (streamed by the server, never held in memory), shows the
// upload progress, then the server's progress while it checks and writes the rows, then opens the result.
document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('dossier-upload-form');
    if (!form || !window.XMLHttpRequest) {
        return;
    }
    form.addEventListener('submit', function (event) {
        var input = document.getElementById('dossier-file');
        if (!input.files || input.files.length === 0) {
            return;
        }
        event.preventDefault();
        var file = input.files[0];
        var box = document.getElementById('dossier-upload-progress');
        var bar = document.getElementById('dossier-upload-bar');
        var status = document.getElementById('dossier-upload-status');
        var button = document.getElementById('dossier-upload-submit');
        box.classList.remove('d-none');
        button.disabled = true;
        var token = form.dataset.token;
        var url = form.dataset.uploadUrl + '?name=' + encodeURIComponent(file.name) + '&token=' + encodeURIComponent(token);
        var xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        var csrf = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (csrf && header) {
            xhr.setRequestHeader(header.content, csrf.content);
        }
        var lower = file.name.toLowerCase();
        xhr.setRequestHeader('Content-Type', lower.endsWith('.csv') || lower.endsWith('.txt') ? 'text/csv' : 'application/x-ndjson');
        xhr.upload.onprogress = function (e) {
            if (e.lengthComputable) {
                var pct = Math.round(100 * e.loaded / e.total);
                bar.style.width = pct + '%';
                bar.textContent = pct + '%';
            }
        };
        var timer = setInterval(function () {
            fetch(form.dataset.progressUrl + '?token=' + encodeURIComponent(token), {credentials: 'same-origin'})
                .then(function (r) { return r.json(); })
                .then(function (p) {
                    if (p.known) {
                        status.textContent = form.dataset.processing + ' ' + p.rows.toLocaleString('vi-VN') + ' ' + form.dataset.rows;
                    }
                })
                .catch(function () { /* keep the bar */ });
        }, 1000);
        xhr.onload = function () {
            clearInterval(timer);
            try {
                var result = JSON.parse(xhr.responseText);
                window.location.href = result.location;
            } catch (e) {
                status.textContent = form.dataset.failed;
                button.disabled = false;
            }
        };
        xhr.onerror = function () {
            clearInterval(timer);
            status.textContent = form.dataset.failed;
            button.disabled = false;
        };
        xhr.send(file);
    });
});
