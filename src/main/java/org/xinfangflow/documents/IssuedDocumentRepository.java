package org.xinfangflow.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, String> {

  List<IssuedDocument> findByPetitionNumberOrderByIssuedAtAscDocNumberAsc(String petitionNumber);

  long countByPetitionNumberAndKind(String petitionNumber, DocumentKind kind);

  Optional<IssuedDocument> findByIdAndPetitionNumber(String id, String petitionNumber);
}
