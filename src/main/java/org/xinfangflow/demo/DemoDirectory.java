package org.xinfangflow.demo;

import org.springframework.stereotype.Component;
import org.xinfangflow.identity.Role;
import org.xinfangflow.identity.UserDirectory;

/** The demo units and one user per role (API.md, Authentication), all with password {@code demo}. */
@Component
public class DemoDirectory {

  public static final String PASSWORD = "demo";

  private final UserDirectory directory;

  DemoDirectory(UserDirectory directory) {
    this.directory = directory;
  }

  /** Creates (or refreshes) the demo units and users. */
  public void install() {
    directory.saveUnit("BUREAU", "市信访局", null, "110101");
    directory.saveUnit("U-HOUSING", "住房和城乡建设局", "BUREAU", "110101");
    directory.saveUnit("U-EDU", "教育局", "BUREAU", "110101");
    directory.saveUnit("U-HOUSING-PM", "住房和城乡建设局物业管理科", "U-HOUSING", "110101");
    directory.saveUser("clerk", "登记员", PASSWORD, "BUREAU", Role.CLERK);
    directory.saveUser("handler", "住建局经办人甲", PASSWORD, "U-HOUSING", Role.HANDLER);
    directory.saveUser("handler2", "住建局经办人乙", PASSWORD, "U-HOUSING", Role.HANDLER);
    directory.saveUser("handler-edu", "教育局经办人", PASSWORD, "U-EDU", Role.HANDLER);
    directory.saveUser("head", "住建局负责人", PASSWORD, "U-HOUSING", Role.HEAD);
    directory.saveUser("reviewer", "信访局审核员", PASSWORD, "BUREAU", Role.REVIEWER);
    directory.saveUser("supervisor", "督查督办员", PASSWORD, "BUREAU", Role.SUPERVISOR);
    directory.saveUser("auditor", "统计审计员", PASSWORD, "BUREAU", Role.AUDITOR);
    directory.saveUser("admin", "系统管理员", PASSWORD, "BUREAU", Role.ADMIN);
  }
}
