/** The portal's own metrics for monitoring (MicroProfile Metrics, {@code /metrics} on every instance). */
package ru.registratura.infrastructure.monitoring;
