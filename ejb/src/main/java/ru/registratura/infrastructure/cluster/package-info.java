/** What the instances of a cluster tell each other through Payara's data grid (Hazelcast). */
package ru.registratura.infrastructure.cluster;
