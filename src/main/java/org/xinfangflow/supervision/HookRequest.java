package org.xinfangflow.supervision;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 设定单位通知渠道 — all optional: {@code webhookUrl} (http or https) receives each notification as a JSON
 * POST, signed with {@code webhookSecret} when set; {@code email} receives it as a mail; {@code escalateTo}
 * (an account) takes escalated urgings in place of the parent unit's supervisors.
 */
record HookRequest(
    @Size(max = 500, message = "最长500字符") @Pattern(regexp = "https?://[^\\s]+", message = "须为 http:// 或 https:// 地址") String webhookUrl,
    @Size(min = 16, max = 200, message = "16至200字符") String webhookSecret,
    @Size(max = 200, message = "最长200字符") @Email(message = "电子邮件地址格式不正确") String email,
    @Size(max = 64, message = "最长64字符") String escalateTo) {
}
