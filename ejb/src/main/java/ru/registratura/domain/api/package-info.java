/** What the booking API remembers of its callers: the patients each looked up, and idempotent booking requests. */
package ru.registratura.domain.api;
