// The survey on a phone or at the kiosk: skip rules (an item shown only for some answers of another) and, on the
// phone, the draft kept in this browser (localStorage) until the answers are sent; nothing is sent before that.
(function () {
    'use strict';

    function answerOf(form, item) {
        const checked = form.querySelector('input[name="q_' + CSS.escape(item) + '"]:checked');
        return checked ? checked.value : '';
    }

    function applySkipRules(form) {
        form.querySelectorAll('[data-show-if-item]').forEach(function (box) {
            const item = box.getAttribute('data-show-if-item');
            if (!item) {
                return;
            }
            const values = (box.getAttribute('data-show-if-values') || '').split('|');
            const shown = values.indexOf(answerOf(form, item)) >= 0;
            box.hidden = !shown;
            box.querySelectorAll('input, textarea, select').forEach(function (input) {
                input.disabled = !shown;
            });
        });
    }

    function save(form, key) {
        const data = {};
        new FormData(form).forEach(function (value, name) {
            if (name.startsWith('q_') || name === 'group') {
                data[name] = value;
            }
        });
        try {
            localStorage.setItem(key, JSON.stringify(data));
        } catch (e) {
            // a full or blocked storage only loses the draft, never the answers on the page
        }
    }

    function restore(form, key) {
        let data;
        try {
            data = JSON.parse(localStorage.getItem(key) || 'null');
        } catch (e) {
            data = null;
        }
        if (!data) {
            return false;
        }
        Object.keys(data).forEach(function (name) {
            form.querySelectorAll('[name="' + CSS.escape(name) + '"]').forEach(function (input) {
                if (input.type === 'radio') {
                    input.checked = input.value === data[name];
                } else {
                    input.value = data[name];
                }
            });
        });
        return true;
    }

    document.addEventListener('DOMContentLoaded', function () {
        const thanks = document.getElementById('survey-thanks');
        if (thanks && thanks.getAttribute('data-clear-draft')) {
            try {
                localStorage.removeItem(thanks.getAttribute('data-clear-draft'));
            } catch (e) {
                // nothing kept, nothing to clear
            }
        }
        const form = document.getElementById('survey-form');
        if (!form) {
            return;
        }
        const key = form.getAttribute('data-draft-key');
        if (key && !document.getElementById('survey-problems') && restore(form, key)) {
            const note = document.getElementById('survey-draft-note');
            if (note) {
                note.hidden = false;
            }
        }
        applySkipRules(form);
        form.addEventListener('change', function () {
            applySkipRules(form);
            if (key) {
                save(form, key);
            }
        });
        form.addEventListener('input', function () {
            if (key) {
                save(form, key);
            }
        });
        form.addEventListener('submit', function () {
            const button = form.querySelector('[type="submit"]');
            if (button) {
                // one click, one submission
                setTimeout(function () { button.disabled = true; }, 0);
            }
        });
    });
})();
