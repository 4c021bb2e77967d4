// Paper forms typed in from the keyboard alone: a digit in an answer field is the answer and moves to the next
// field; Backspace in an empty field goes back one; Enter in any field sends the form.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        const form = document.getElementById('paper-form');
        if (!form) {
            return;
        }
        const fields = Array.prototype.slice.call(form.querySelectorAll('input:not([type="hidden"])'));
        function move(from, step) {
            const next = fields[fields.indexOf(from) + step];
            if (next) {
                next.focus();
                next.select();
            }
        }
        form.querySelectorAll('.entry-digit').forEach(function (input) {
            input.addEventListener('keydown', function (e) {
                const max = parseInt(input.getAttribute('data-max') || '9', 10);
                if (e.key === ' ' || e.key === '0') {
                    // a blank on the paper: no answer, next field
                    e.preventDefault();
                    input.value = '';
                    move(input, 1);
                } else if (/^[1-9]$/.test(e.key)) {
                    e.preventDefault();
                    const n = parseInt(e.key, 10);
                    if (n >= 1 && n <= max) {
                        input.value = e.key;
                        move(input, 1);
                    }
                } else if (e.key === 'Backspace' && input.value === '') {
                    e.preventDefault();
                    move(input, -1);
                }
            });
        });
    });
})();
