package ru.registratura.infrastructure.cluster;

/** The name of the Payara server this application runs on: an instance of a cluster, or "server" on one domain. */
public final class ThisInstance {

    /** Payara's {@code com.sun.aas.instanceName}. */
    public static final String NAME = System.getProperty("com.sun.aas.instanceName", "server");

    private ThisInstance() {
    }
}
