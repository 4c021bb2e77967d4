// htmx requests carry the CSRF token that Spring Security expects on every state-changing call.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
// A session that expired during an htmx call: go to the login page instead of swapping it into a fragment.
document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.responseURL && event.detail.xhr.responseURL.indexOf('/login') >= 0) {
        window.location.href = event.detail.xhr.responseURL;
        event.detail.shouldSwap = false;
    }
});
// A step that cannot be taken back (publish, confirm, approve, submit, close) asks first. The question is in the
// data-confirm attribute of the button or of its form (the CSP forbids inline onclick handlers).
document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var asking = submitter && submitter.hasAttribute('data-confirm') ? submitter
        : (event.target.hasAttribute('data-confirm') ? event.target : null);
    if (asking && !window.confirm(asking.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
