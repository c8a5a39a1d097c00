package org.xinfangflow.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 请求大小限制 — a JSON request to {@code /api} larger than {@code xinfang.api.max-body-bytes}
 * (default 256 KiB) is refused with 413 before it is parsed; a chunked body is cut off at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final long maxUploadBytes;
  private final ObjectMapper json;

  RequestSizeLimitFilter(@Value("${xinfang.api.max-body-bytes:262144}") long maxBytes,
      @Value("${xinfang.attachments.max-bytes:20971520}") long maxAttachmentBytes, ObjectMapper json) {
    this.maxBytes = maxBytes;
    this.maxUploadBytes = maxAttachmentBytes + 65_536; // the file and its multipart envelope
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean upload = request.getContentType() != null && request.getContentType().startsWith("multipart/");
    long limit = upload ? maxUploadBytes : maxBytes;
    if (request.getContentLengthLong() > limit) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), ProblemDetails.of(ApiProblem.tooLarge(limit)));
      return;
    }
    chain.doFilter(upload ? request : new LimitedRequest(request, maxBytes), response);
  }

  /** Reads at most the limit; beyond it the body ends in an error the JSON reader reports as bad input. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > maxBytes) {
            throw new IOException("request body larger than " + maxBytes + " bytes");
          }
          return b;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
