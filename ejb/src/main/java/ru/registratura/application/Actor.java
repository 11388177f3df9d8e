package ru.registratura.application;

import java.io.Serializable;

/**
 * Who asks the card file for something: the signed-in patient's account, their ESIA oid (the audit
 * trail's subject), the card of the person the portal acts for (null: the patient), and where from.
 */
public record Actor(long accountId, String esiaOid, Long actingFor, String remoteAddress) implements Serializable {
}
