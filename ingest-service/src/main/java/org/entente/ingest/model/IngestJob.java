package org.entente.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A batch upload; its progress is the state of its {@link JobFile}s. */
@Entity
@Table(name = "ingest_job")
public class IngestJob extends PanacheEntityBase {

    @Id
    public UUID id;
    public Instant createdAt;

    public static IngestJob create(Instant at) {
        IngestJob job = new IngestJob();
        job.id = UUID.randomUUID();
        job.createdAt = at;
        job.persist();
        return job;
    }
}
