/**
 * The booking API for external systems ({@code /api/v1}, JSON, MicroProfile JWT): the resources, the JSON they
 * speak, the callers' identity and the problem details of its refusals (RFC 9457).
 */
package ru.registratura.interfaces.booking.rest;
