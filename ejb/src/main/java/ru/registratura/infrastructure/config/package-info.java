/**
 * Configuration of the region read through MicroProfile Config (time zone, booking horizon, name),
 * and the clock every service uses, so that tests can fix time.
 */
package ru.registratura.infrastructure.config;
