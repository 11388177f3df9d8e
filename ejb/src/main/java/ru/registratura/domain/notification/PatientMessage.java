package ru.registratura.domain.notification;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message in a patient's cabinet: its topic, about whom (the person's name as it was then) and the
 * topic's further arguments (such as an institution and a district), when, and whether it was read.
 */
@Entity
@Table(name = "patient_message")
public class PatientMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Separates the arguments in their column; never part of an institution's name or a district number. */
    private static final String SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "patient_message_seq", sequenceName = "patient_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_message_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "card_id", updatable = false)
    private Long cardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, updatable = false)
    private MessageTopic topic;

    @Column(name = "person", nullable = false, updatable = false)
    private String person;

    @Column(name = "arguments", updatable = false)
    private String arguments;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    @Version
    @Column(name = "version")
    private long version;

    protected PatientMessage() {
    }

    public PatientMessage(long accountId, Long cardId, MessageTopic topic, String person, List<String> arguments,
                          Instant now) {
        this.accountId = accountId;
        this.cardId = cardId;
        this.topic = topic;
        this.kind = topic.kind();
        this.person = person;
        this.arguments = arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
        this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Long getCardId() {
        return cardId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public MessageTopic getTopic() {
        return topic;
    }

    /** The person first, then the topic's arguments: the text's {0}, {1}, … */
    public Object[] getTextArguments() {
        List<String> rest = arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
        Object[] all = new Object[rest.size() + 1];
        all[0] = person;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public boolean isRead() {
        return readAt != null;
    }
}
