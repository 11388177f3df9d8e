// The staff workspace's phone screen (staff/phone.xhtml): the board's times and the keys listed on the page.
//   a time on the board (button[data-slot])   asks the server to confirm it (p:remoteCommand pickTime)
//   F2, or / outside a field                   the search box
//   Alt+PageDown / Alt+PageUp                  the board a week later / earlier
//   Alt+P                                      prints the ticket shown
//   Alt+M                                      sends the ticket shown to the patient's mail
//   Alt+N                                      another patient
//   Esc                                        closes the confirmation (PrimeFaces), or gives up moving an appointment
// Keys are read by event.code: they work the same on a Russian keyboard layout.
// The doctor's week (staff/schedule.xhtml): the calendar's options that its tag has no attribute for.
(function () {
    'use strict';

    // The doctor's week (p:schedule extender="doctorWeekOptions"): the time grid as tall as its day, scrolled with the
    // page. FullCalendar's own scroller would be a scrolling region without anything to focus when the week is empty,
    // out of keyboard reach, and no role or tabindex may be put inside its grid.
    window.doctorWeekOptions = function () {
        this.cfg.options.height = 'auto';
    };

    function screen() {
        return document.getElementById('phoneScreen');
    }

    function click(id) {
        var element = document.getElementById(id);
        if (element && !element.disabled) {
            element.click();
            return true;
        }
        return false;
    }

    document.addEventListener('click', function (event) {
        var time = event.target.closest ? event.target.closest('button[data-slot]') : null;
        if (time && screen() && typeof window.pickTime === 'function') {
            event.preventDefault();
            window.pickTime([{name: 'slot', value: time.getAttribute('data-slot')}]);
        }
    });

    document.addEventListener('keydown', function (event) {
        if (!screen()) {
            return;
        }
        var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
        var done = false;
        if (event.key === 'F2' || (event.key === '/' && !typing)) {
            var box = document.getElementById('phone:who_input');
            if (box) {
                box.focus();
                box.select();
                done = true;
            }
        } else if (event.altKey && event.code === 'PageDown') {
            done = click('phone:nextWeek');
        } else if (event.altKey && event.code === 'PageUp') {
            done = click('phone:previousWeek');
        } else if (event.altKey && event.code === 'KeyP') {
            if (document.getElementById('ticket')) {
                window.print();
                done = true;
            }
        } else if (event.altKey && event.code === 'KeyM') {
            done = click('phone:mailTicket');
        } else if (event.altKey && event.code === 'KeyN') {
            done = click('phone:clear');
        } else if (event.key === 'Escape' && !document.querySelector('.ui-dialog[aria-hidden="false"]')) {
            done = click('phone:stopMoving');
        }
        if (done) {
            event.preventDefault();
        }
    });
})();
