package org.xinfangflow.shared;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every error of the API into one RFC 7807 problem format (DESIGN.md, Errors). */
@RestControllerAdvice
class ProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ProblemDetail apiProblem(ApiProblem problem) {
    return ProblemDetails.of(problem);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> Map.of("field", error.getField(), "message", message(error)))
        .toList();
    String field = errors.isEmpty() ? e.getBindingResult().getObjectName() : errors.get(0).get("field");
    String detail = errors.stream().map(err -> err.get("field") + ": " + err.get("message"))
        .collect(Collectors.joining("; "));
    return ProblemDetails.of(ApiProblem.badInput(field, detail).with("errors", errors));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail violation(ConstraintViolationException e) {
    var first = e.getConstraintViolations().iterator().next();
    String path = first.getPropertyPath().toString();
    String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    return ProblemDetails.of(ApiProblem.badInput(field, field + ": " + first.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String detail = field + ": " + unreadableReason(mapping);
      return ProblemDetails.of(ApiProblem.badInput(field, detail));
    }
    return ProblemDetails.of(ApiProblem.badInput("body", "请求体不是有效的 JSON"));
  }

  private static String unreadableReason(JsonMappingException mapping) {
    if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      return "取值 '" + format.getValue() + "' 无效，可选值: "
          + Arrays.toString(format.getTargetType().getEnumConstants());
    }
    if (mapping instanceof InvalidFormatException format) {
      return "取值 '" + format.getValue() + "' 格式无效";
    }
    if (mapping instanceof UnrecognizedPropertyException) {
      return "未知字段";
    }
    return "类型或格式无效";
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return ProblemDetails.of(ApiProblem.badInput(e.getName(), e.getName() + ": 取值 '" + e.getValue() + "' 格式无效"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return ProblemDetails.of(ApiProblem.badInput(e.getParameterName(), e.getParameterName() + ": 必填"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ProblemDetail missingHeader(MissingRequestHeaderException e) {
    return ProblemDetails.of(ApiProblem.badInput(e.getHeaderName(), e.getHeaderName() + ": 必填"));
  }

  @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
  ProblemDetail missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException e) {
    return ProblemDetails.of(ApiProblem.badInput(e.getRequestPartName(), e.getRequestPartName() + ": 必填"));
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ProblemDetail uploadTooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
    return ProblemDetails.of(ApiProblem.tooLarge(e.getMaxUploadSize()).with("field", "file"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return ProblemDetails.of(new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
        "不支持的内容类型", "Unsupported media type", "请使用 application/json") {
    }.with("field", "Content-Type"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return ProblemDetails.of(new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
        "不支持的请求方法", "Method not allowed", e.getMessage()) {
    });
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noResource(NoResourceFoundException e) {
    return ProblemDetails.of(ApiProblem.notFound("资源", "/" + e.getResourcePath()));
  }

  @ExceptionHandler({OptimisticLockingFailureException.class,
      org.springframework.dao.PessimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ProblemDetail concurrent(RuntimeException e) {
    return ProblemDetails.of(ApiProblem.concurrentChange("事项刚被他人更新，请刷新后重试"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return ProblemDetails.of(ApiProblem.forbidden("当前角色无权执行此操作"));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return ProblemDetails.of(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "系统内部错误",
        "Internal error", "请求未能完成，已记录错误") {
    });
  }

  private static String message(FieldError error) {
    return error.getDefaultMessage() == null ? "无效" : error.getDefaultMessage();
  }
}
