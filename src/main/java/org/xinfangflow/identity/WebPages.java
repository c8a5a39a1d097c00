package org.xinfangflow.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 网页 — the web pages are static files ({@code static/}, scripts in {@code static/ui/}); these are
 * their addresses. Who may open them is decided by {@link WebSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class WebPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/").setViewName("forward:/index.html");
    registry.addViewController("/login").setViewName("forward:/login.html");
    registry.addRedirectViewController("/admin", "/admin/users");
    registry.addViewController("/admin/users").setViewName("forward:/admin/users.html");
    registry.addViewController("/admin/units").setViewName("forward:/admin/units.html");
  }
}
