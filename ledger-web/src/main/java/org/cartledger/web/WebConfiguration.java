package org.cartledger.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The web app for people, served beside the API by the process that imports this: the launcher. Its
 * defaults (session timeout, cookie-only sessions) are the lowest-ranking properties, so that an
 * operator's settings win.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@PropertySource("classpath:ledger-web-defaults.properties")
public class WebConfiguration {
}
