/**
 * Application services: one stateless EJB per group of use cases, the only place where a
 * transaction starts. Pages, REST resources and timers call these, never repositories directly. What only reads
 * for a page ({@link ru.registratura.application.BookingCatalog}, the card file's list, the unread counts) starts
 * none ({@code SUPPORTS}): it joins its caller's transaction, if any.
 */
package ru.registratura.application;
