/**
 * The domain model: aggregates, value objects and repository interfaces of the portal's bounded
 * contexts, one subpackage per context. Nothing here knows about transactions, pages or the server.
 */
package ru.registratura.domain;
