/** EJB timers that drive background work, such as generating slots for the booking horizon. */
package ru.registratura.infrastructure.scheduling;
