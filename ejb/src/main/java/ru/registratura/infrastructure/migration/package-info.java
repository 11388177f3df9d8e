/**
 * Schema migrations with Flyway, applied when the application starts, and the optional demo region
 * (a separate migration history, enabled only by configuration for development and tests).
 */
package ru.registratura.infrastructure.migration;
