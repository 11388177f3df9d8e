// The portal's one script. The pages carry no inline script or handler (their Content-Security-Policy runs scripts
// from the portal only): what a page needs it marks with a data attribute, and this file does it.
//   data-print          a button that prints the page (the ticket);
//   data-submit-once    a form that is sent once, however often its button is pressed (the booking);
//   data-reload         a button that reloads the page (the loading indicator's, below).
// The loading indicator (#pageLoading, in the layout): a link followed or a form sent shows «Загрузка…» when the
// next page has not come within 400 ms; when it has not come within data-fail-after milliseconds, the indicator
// asks to reload the page. A page shown again from the browser's history hides it.
document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
        return;
    }
    if (target.closest('[data-print]')) {
        window.print();
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

(function () {
    var showTimer = null;
    var failTimer = null;

    function indicator() {
        return document.getElementById('pageLoading');
    }

    function reset() {
        window.clearTimeout(showTimer);
        window.clearTimeout(failTimer);
        var box = indicator();
        if (box) {
            box.hidden = true;
            box.classList.remove('page-loading--failed');
            document.getElementById('pageReload').hidden = true;
        }
    }

    function failed() {
        var box = indicator();
        var text = document.getElementById('pageLoadingText');
        box.hidden = false;
        box.classList.add('page-loading--failed');
        text.textContent = text.getAttribute('data-failed');
        document.getElementById('pageReload').hidden = false;
    }

    function leaving() {
        var box = indicator();
        if (!box) {
            return;
        }
        reset();
        showTimer = window.setTimeout(function () { box.hidden = false; }, 400);
        failTimer = window.setTimeout(failed, Number(box.getAttribute('data-fail-after')) || 20000);
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target || event.defaultPrevented) {
            return;
        }
        if (target.closest('[data-reload]')) {
            window.location.reload();
            return;
        }
        var link = target.closest('a[href]');
        if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
                || link.target || link.hasAttribute('download') || link.origin !== window.location.origin
                || link.pathname === window.location.pathname && link.search === window.location.search && link.hash) {
            return;
        }
        leaving();
    });
    document.addEventListener('submit', function (event) {
        if (!event.defaultPrevented) {
            leaving();
        }
    });
    window.addEventListener('pageshow', reset);
}());
