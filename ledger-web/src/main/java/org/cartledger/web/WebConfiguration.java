package org.cartledger.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.PropertySource;

/**
 * The web app for people, served beside the API by the process that imports this: the launcher (or, on
 * the scale-out deployment, {@link WebApplication} on its own). Its
 * defaults (session timeout, cookie-only sessions) are the lowest-ranking properties, so that an
 * operator's settings win.
 */
@Configuration(proxyBeanMethods = false)
// the web app's own executable is for the scale-out deployment, not for a process that imports this
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = WebApplication.class))
@PropertySource("classpath:ledger-web-defaults.properties")
public class WebConfiguration {
}
