package org.xinfangflow.petition;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** 联系电话 — a mainland mobile number (11 digits from 13-19) or a fixed line with area code (null passes). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?",
    message = "不是有效的电话号码（手机11位，或带区号的固定电话如 010-12345678）")
@interface Phone {
  String message() default "不是有效的电话号码";
  Class<?>[] groups() default {};
  Class<? extends Payload>[] payload() default {};
}
