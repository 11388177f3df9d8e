/**
 * The booking API for external systems ({@code /api/v1}, JSON, JWTs of the issuers the region registered): the resources, the JSON they
 * speak, the callers' identity and the problem details of its refusals (RFC 9457).
 *
 * <p>The resources are application-scoped and keep no state of a call: the reference to the stateless
 * application service is made once, not for every call (Weld makes an EJB reference under a class loader's lock),
 * and what belongs to a call (the caller) comes from the request-scoped {@link Callers}.
 */
package ru.registratura.interfaces.booking.rest;
