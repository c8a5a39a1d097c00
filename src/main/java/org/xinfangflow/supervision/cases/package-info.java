/**
 * Supervision cases (督查督办) — the supervisor's casework on top of matters: the three
 * recommendations (三项建议), sponsored cases (领导包案), leaders' reception days (领导接访) and the
 * petitioners' risk ledger with level-skipping visits (越级访). Internal to the supervision module;
 * see {@code docs/supervision-cases.md}.
 */
package org.xinfangflow.supervision.cases;
