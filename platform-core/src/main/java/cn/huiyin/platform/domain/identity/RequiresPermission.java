package cn.huiyin.platform.domain.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST endpoint or a view needs. Every endpoint declares one: the API refuses
 * to serve a method without it. Its module prefix ties the endpoint to a module, which must be
 * enabled for the caller's tenant.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
    String value();
}
