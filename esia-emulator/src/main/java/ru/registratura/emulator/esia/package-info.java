/**
 * An emulator of ESIA (Единая система идентификации и аутентификации, Госуслуги) for development and
 * tests: the OAuth 2.0 / OpenID Connect endpoints of the authorization v2 and token v3 protocol (and
 * the old v1 ones), the person REST API, the login and consent pages, test persons and fault modes.
 * It follows {@code docs/esia-protocol.md} and is strict where the real ESIA is strict.
 */
package ru.registratura.emulator.esia;
