package org.xinfangflow.shared;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 错误 — an error the API reports as RFC 7807 problem+json with a stable type, a Chinese title,
 * an English title and the offending field where there is one.
 */
public class ApiProblem extends RuntimeException {

  private static final String TYPE_BASE = "https://xinfangflow.org/problems/";

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final String titleEn;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  protected ApiProblem(HttpStatus status, String type, String title, String titleEn, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.titleEn = titleEn;
  }

  /** 400: the request names a field whose value is not acceptable. */
  public static ApiProblem badInput(String field, String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "bad-input", "请求内容有误", "Bad input", detail)
        .with("field", field);
  }

  /** 404: nothing the caller may see answers to this identifier. */
  public static ApiProblem notFound(String what, String id) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "未找到", "Not found", what + " " + id + " 不存在或无权查看")
        .with("id", id);
  }

  /** 401: nobody is signed in. */
  public static ApiProblem unauthenticated() {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录", "Unauthenticated", "请先登录");
  }

  /** 413: the request body is larger than allowed. */
  public static ApiProblem tooLarge(long maxBytes) {
    return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "请求内容过大", "Payload too large",
        "请求体不能超过 " + maxBytes + " 字节").with("field", "body");
  }

  /** 429: too many failed sign-ins; try again later. */
  public static ApiProblem tooManyAttempts(String detail) {
    return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "尝试次数过多", "Too many attempts", detail);
  }

  /** 403: the caller's role or position does not allow this. */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", "Forbidden", detail);
  }

  /** 409: the step is not open now; says which steps are. */
  public static ApiProblem stepNotOpen(String step, Object openSteps) {
    return new ApiProblem(HttpStatus.CONFLICT, "step-not-open", "当前环节不可办理", "Step not open",
        "环节 " + step + " 当前未开放").with("step", step).with("openSteps", openSteps);
  }

  /** 409: somebody else changed the matter first. */
  public static ApiProblem concurrentChange(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "concurrent-change", "事项已被他人更新", "Concurrent change", detail);
  }

  /** 422: a rule of the Regulations refuses the request; names the article. */
  public static ApiProblem refused(String article, String field, String detail) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "refused-by-regulations", "不符合《信访工作条例》规定",
        "Refused by the Regulations", detail).with("article", article).with("field", field);
  }

  public ApiProblem with(String name, Object value) {
    if (value != null) {
      properties.put(name, value);
    }
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return URI.create(TYPE_BASE + type);
  }

  public String title() {
    return title;
  }

  public String titleEn() {
    return titleEn;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
