package ru.registratura.infrastructure.cluster;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import ru.registratura.application.PublicContent;
import ru.registratura.application.PublicContentChanged;

/**
 * Tells the other instances of a cluster that an admin changed what the public pages show, so that each drops its
 * copy ({@link PublicContent}) at once, not when it happens to restart: a topic of Payara's data grid, published once
 * the change's transaction has committed. On a server alone (or without a data grid) the message reaches nobody and
 * the local copy is dropped as before. The message is the name of what changed: nothing of a patient.
 */
@ApplicationScoped
public class ClusterContentBus {

    static final String TOPIC = "registratura-public-content";
    private static final Logger LOG = Logger.getLogger(ClusterContentBus.class.getName());

    @Inject
    PublicContent content;

    private volatile ITopic<String> topic;
    private volatile UUID listener;

    void join(@Observes @Initialized(ApplicationScoped.class) Object started) {
        HazelcastInstance grid = DataGrid.instance();
        if (grid == null) {
            LOG.info("No data grid: the public content's copy is dropped on this instance only when an admin changes it");
            return;
        }
        try {
            Member self = grid.getCluster().getLocalMember();
            ITopic<String> joined = grid.getTopic(TOPIC);
            listener = joined.addMessageListener(message -> {
                if (!self.equals(message.getPublishingMember())) {
                    received(message.getMessageObject());
                }
            });
            topic = joined;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The data grid's topic " + TOPIC + " is not available: each instance keeps its own "
                    + "copy of the public content until it restarts", e);
        }
    }

    void leave(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        ITopic<String> joined = topic;
        topic = null;
        if (joined != null && listener != null) {
            try {
                joined.removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The data grid is gone already", e);
            }
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        ITopic<String> joined = topic;
        if (joined == null) {
            return;
        }
        try {
            joined.publish(change.what().name());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The other instances could not be told that the " + change.what()
                    + " changed; they show their copy until they restart", e);
        }
    }

    private void received(String what) {
        try {
            content.drop(PublicContentChanged.What.valueOf(what));
        } catch (IllegalArgumentException e) {
            // an instance of a newer version during a rolling upgrade: it has a kind of content this one has not
            LOG.fine(() -> "Unknown public content " + what + " from another instance");
        }
    }
}
