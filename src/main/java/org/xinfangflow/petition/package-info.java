/**
 * 信访事项 — registration (登记), petitioners, numbers, repeat detection and the {@code Petition}
 * aggregate with its stored deadlines and timeline. Knows nothing of the process engine: the
 * workflow module updates it through {@link org.xinfangflow.petition.PetitionService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.xinfangflow.petition;
