// "Select every client on this page": a checkbox with data-select-all="<form id>" ticks or clears every
// clientId checkbox that belongs to that form. Loaded from our own origin (no inline script under the CSP).
(function () {
    'use strict';

    function boxes(formId) {
        return document.querySelectorAll('input[type=checkbox][name=clientId][form="' + formId + '"]');
    }

    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target.matches('[data-select-all]')) {
            boxes(target.getAttribute('data-select-all')).forEach(function (box) {
                box.checked = target.checked;
            });
        } else if (target.matches('input[name=clientId][form]')) {
            var all = document.querySelector('[data-select-all="' + target.getAttribute('form') + '"]');
            if (all) {
                var list = Array.prototype.slice.call(boxes(target.getAttribute('form')));
                all.checked = list.every(function (box) { return box.checked; });
                all.indeterminate = !all.checked && list.some(function (box) { return box.checked; });
            }
        }
    });
})();
