/** Outgoing e-mail (reminders) through the domain's Jakarta Mail session. */
package ru.registratura.infrastructure.mail;
