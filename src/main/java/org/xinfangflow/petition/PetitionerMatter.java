package org.xinfangflow.petition;

/** 信访人的其他事项 — a matter of the same petitioner (by ID number), and whether its content is the same. */
public record PetitionerMatter(PetitionSnapshot matter, boolean sameContent) {
}
