package org.xinfangflow.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator sends to manage units and users. */
final class AdminRequests {

  private AdminRequests() {
  }

  /** 单位. */
  record UnitRequest(
      @NotBlank(message = "必填") @Pattern(regexp = "[A-Z][A-Z0-9-]{1,39}", message = "大写字母、数字和连字符，2-40位") String code,
      @NotBlank(message = "必填") @Size(max = 100, message = "最长100字") String name,
      @Size(max = 40, message = "最长40字") String parentCode,
      @Pattern(regexp = "\\d{6}", message = "6位行政区划代码") String regionCode) {
  }

  /** 新用户. */
  record NewUser(
      @NotBlank(message = "必填") @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "小写字母开头，3-64位") String username,
      @NotBlank(message = "必填") @Size(max = 50, message = "最长50字") String displayName,
      @NotNull(message = "必填") @Size(min = 10, max = 128, message = "10-128位") String password,
      @Size(max = 40, message = "最长40字") String unitCode,
      @NotEmpty(message = "至少一个角色") Set<@NotNull Role> roles) {
  }

  /** 修改用户. */
  record UserChange(
      @NotBlank(message = "必填") @Size(max = 50, message = "最长50字") String displayName,
      @Size(max = 40, message = "最长40字") String unitCode,
      @NotEmpty(message = "至少一个角色") Set<@NotNull Role> roles,
      @NotNull(message = "必填") Boolean enabled) {
  }

  /** 重置密码. */
  record PasswordChange(@NotNull(message = "必填") @Size(min = 10, max = 128, message = "10-128位") String password) {
  }
}
