// The self-assessment sheet: "save all" sends every item's fields at once; a draft is autosaved a moment after typing stops.
(function () {
    var all = document.getElementById('sheet-all');
    if (!all) {
        return;
    }
    var FIELDS = ['points', 'note', 'evidenceExplanation'];

    function values() {
        var out = {};
        document.querySelectorAll('form.self-form').forEach(function (form) {
            var item = form.id.replace('self-', '');
            FIELDS.forEach(function (name) {
                var input = form.elements[name];
                if (input && !input.readOnly) {
                    out[name + '-' + item] = input.value;
                }
            });
        });
        return out;
    }

    all.addEventListener('submit', function () {
        all.querySelectorAll('input.sheet-copy').forEach(function (i) { i.remove(); });
        var v = values();
        Object.keys(v).forEach(function (name) {
            var hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = name;
            hidden.value = v[name];
            hidden.className = 'sheet-copy';
            all.appendChild(hidden);
        });
    });

    var timer = null;
    document.querySelectorAll('form.self-form').forEach(function (form) {
        form.addEventListener('input', function (event) {
            if (event.target.type === 'file') {
                return;
            }
            clearTimeout(timer);
            timer = setTimeout(function () {
                if (window.htmx) {
                    htmx.ajax('POST', all.dataset.draftUrl, {target: '#draft-status', swap: 'innerHTML', values: values()});
                }
            }, 1500);
        });
    });
})();
