/**
 * Application services: one stateless EJB per group of use cases, the only place where a
 * transaction starts. Pages, REST resources and timers call these, never repositories directly.
 */
package ru.registratura.application;
