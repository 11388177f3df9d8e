// The portal's one script. The pages carry no inline script or handler (their Content-Security-Policy runs scripts
// from the portal only): what a page needs it marks with a data attribute, and this file does it.
//   data-print          a button that prints the page (the ticket);
//   data-submit-once    a form that is sent once, however often its button is pressed (the booking);
//   data-confirm="…"    a button that asks first (deleting a banner, cancelling by the registry);
//   data-reload-after   an element whose page reloads itself after that many milliseconds (a running import).
document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
        return;
    }
    if (target.closest('[data-print]')) {
        window.print();
        return;
    }
    var asking = target.closest('[data-confirm]');
    if (asking && !window.confirm(asking.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.hasAttribute('data-submit-once')) {
        if (form.getAttribute('data-sent')) {
            event.preventDefault();
        } else {
            form.setAttribute('data-sent', 'true');
        }
    }
});
document.addEventListener('DOMContentLoaded', function () {
    var reload = document.querySelector('[data-reload-after]');
    if (reload) {
        window.setTimeout(function () { window.location.reload(); }, Number(reload.getAttribute('data-reload-after')));
    }
});
