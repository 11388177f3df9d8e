/** Staff accounts' infrastructure: the first admin from the server's configuration. */
package ru.registratura.infrastructure.staff;
