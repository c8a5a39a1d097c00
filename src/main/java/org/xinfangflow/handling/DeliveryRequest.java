package org.xinfangflow.handling;

import java.time.OffsetDateTime;

/** 送达 — when the written reply reached the petitioner (now when left out). */
record DeliveryRequest(OffsetDateTime deliveredAt) {
}
