package org.xinfangflow.supervision.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 越级访: levels between a bureau's region and a matter's region, and the configurable threshold. */
class RegionLevelsTests {

  @Test
  void levelsAreCountedOnTheSameBranchOfTheRegionTree() {
    assertThat(RegionLevels.levelsAbove("110101", "110101")).isZero();
    assertThat(RegionLevels.levelsAbove("110100", "110101")).isEqualTo(1);
    assertThat(RegionLevels.levelsAbove("110000", "110101")).isEqualTo(2);
    assertThat(RegionLevels.levelsAbove("100000", "110101")).isEqualTo(3);
    assertThat(RegionLevels.levelsAbove("120000", "110101")).as("another province").isZero();
    assertThat(RegionLevels.levelsAbove("110101", "110000")).as("below, not above").isZero();
    assertThat(RegionLevels.levelsAbove(null, "110101")).isZero();
    assertThat(RegionLevels.levelsAbove("", "110101")).isZero();
  }

  @Test
  void theThresholdIsConfigurable() {
    assertThat(new RegionLevels(2).skips("110000", "110101")).isTrue();
    assertThat(new RegionLevels(2).skips("110100", "110101")).isFalse();
    assertThat(new RegionLevels(1).skips("110100", "110101")).isTrue();
    assertThatThrownBy(() -> new RegionLevels(0)).isInstanceOf(IllegalStateException.class);
  }
}
