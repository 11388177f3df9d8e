package ru.registratura.application;

import ru.registratura.domain.scheduling.Channel;

/** An appointment was booked through a channel; fired in the booking's transaction (metrics count it once committed). */
public record AppointmentBooked(Channel channel) {
}
