/**
 * The patient's mailbox in the cabinet: «Сообщения» (what the patient did: a card added, changed, deleted;
 * later bookings and cancellations) and «Уведомления» (what the portal tells them: the attachment search's
 * result; later reminders). A message stores its topic and arguments, and the page words it in the
 * patient's language.
 */
package ru.registratura.domain.notification;
