package ru.registratura.domain.directory;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A municipal district of the region («г. Иркутск», «Шелеховский район»): the public directory's grouping. */
@Entity
@Cacheable
@Table(name = "municipality")
public class Municipality implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "municipality_seq", sequenceName = "municipality_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "municipality_seq")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version")
    private long version;

    protected Municipality() {
    }

    public Municipality(String name, int sortOrder) {
        change(name, sortOrder);
    }

    public final void change(String name, int sortOrder) {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("a municipal district has a name of at most " + NAME_MAX + " characters");
        }
        this.name = Objects.requireNonNull(name);
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
