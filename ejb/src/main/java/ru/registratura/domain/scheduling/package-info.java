/**
 * Scheduling context: doctors' weekly schedule templates, exceptions to them (days off, absences,
 * shortened days) and the slots generated from both for the booking horizon.
 */
package ru.registratura.domain.scheduling;
