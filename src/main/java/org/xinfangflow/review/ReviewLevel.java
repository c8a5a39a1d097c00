package org.xinfangflow.review;

/** 复查 (one level up, Art. 35) or 复核 (two levels up, Art. 36). */
enum ReviewLevel { REVIEW, RE_REVIEW }
