package io.policyhub.practice.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A practice's logo image; row-level security confines it to its practice like any tenant row. */
@Entity
@Table(name = "practice_logo")
class PracticeLogoEntity {

    @Id
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "content_type")
    private String contentType;

    private byte[] image;

    protected PracticeLogoEntity() {
        this.practiceId = new UUID(0, 0);
        this.contentType = "";
        this.image = new byte[0];
    }

    PracticeLogoEntity(UUID practiceId, String contentType, byte[] image) {
        this.practiceId = practiceId;
        this.contentType = contentType;
        this.image = image;
    }

    void replace(String newContentType, byte[] newImage) {
        this.contentType = newContentType;
        this.image = newImage;
    }

    String contentType() {
        return contentType;
    }

    byte[] image() {
        return image;
    }
}
