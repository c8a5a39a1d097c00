package org.xinfangflow.petition;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** 公民身份号码 — an 18-character resident ID number valid under GB 11643 (null passes). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IdNumberValidator.class)
public @interface IdNumber {
  String message() default "不是有效的18位公民身份号码（GB 11643 校验位、出生日期或地区码有误）";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};
}
