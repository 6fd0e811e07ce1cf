// The admin pages' only script besides htmx: loaded from our own origin (the Content-Security-Policy allows no
// inline script). It reports requests that failed without a fragment to show, so nothing fails silently.
(function () {
    'use strict';

    function notice(message) {
        var area = document.getElementById('page-notice');
        if (!area) {
            return;
        }
        var paragraph = document.createElement('p');
        paragraph.className = 'notice notice-error';
        paragraph.setAttribute('role', 'alert');
        paragraph.textContent = message;
        area.replaceChildren(paragraph);
    }

    document.addEventListener('htmx:responseError', function (event) {
        var status = event.detail.xhr.status;
        if (status === 401 || status === 403) {
            return; // the server sent its own notice, already swapped in
        }
        notice(status === 404
            ? 'This item no longer exists. Reload the page.'
            : 'Something went wrong on our side (' + status + '). Your text is still here: try again in a moment.');
    });

    document.addEventListener('htmx:sendError', function () {
        notice('The server could not be reached. Your text is still here: check your connection and try again.');
    });
})();
