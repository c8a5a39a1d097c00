package org.xinfangflow.petition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

  List<Attachment> findByPetitionNumberOrderByUploadedAt(String petitionNumber);

  Optional<Attachment> findByIdAndPetitionNumber(String id, String petitionNumber);
}
