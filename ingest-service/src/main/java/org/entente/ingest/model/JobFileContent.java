package org.entente.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a pending batch file, kept apart so that listing files never loads them; deleted once processed. */
@Entity
@Table(name = "job_file_content")
public class JobFileContent extends PanacheEntityBase {

    @Id
    public Long fileId;
    public byte[] content;

    public static JobFileContent of(long fileId, byte[] content) {
        JobFileContent c = new JobFileContent();
        c.fileId = fileId;
        c.content = content;
        return c;
    }
}
