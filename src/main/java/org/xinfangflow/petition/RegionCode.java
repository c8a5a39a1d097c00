package org.xinfangflow.petition;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** 行政区划代码 — six digits starting with a province code of GB/T 2260 (null passes). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegionCodeValidator.class)
@interface RegionCode {
  String message() default "不是有效的6位行政区划代码";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};
}
