-- SPDX-License-Identifier: MIT
-- Zendesk's "Recommended" team-member password level as data, and the field-by-field
-- comparison ZD.SUP.1.1 applies to a custom policy (security_settings ...agent.password).
--
-- Source: Zendesk help article 4408822149018 "Setting the password security level" (the
-- Recommended level: at least 12 characters; upper and lower case; a number; a special
-- character; five attempts before a 10-minute lockout; must not resemble an email address;
-- breached-password check), and developer.zendesk.com "Security Settings" for the field
-- encoding (password_complexity 0 none, 1 numbers, 2 numbers and special characters;
-- password_duration in days, null or 0 = never expires; null history / max_sequence = no limit).
-- Recommended sets no password history, expiry or character-sequence rule, so on those three
-- any custom value is at least as strict; they are reported, never failed. The breached-password
-- check has no custom-policy field and cannot be compared.
local M = {}

M.source = "Zendesk help article 4408822149018 (Recommended password level)"

-- Level ids and names of security_policy_id / security_policy_name.
M.levels = { [100] = "low", [200] = "medium", [300] = "high", [350] = "recommended", [400] = "custom" }

-- Each rule: field, what Recommended demands, how to compare.
--   min: the value must be >= min;  max: <= max;  want: boolean must equal want;
--   none: Recommended has no rule (informational).
M.recommended = {
  { field = "password_length", min = 12, says = "at least 12 characters" },
  { field = "password_complexity", min = 2, says = "numbers and special characters (2)" },
  { field = "password_in_mixed_case", want = true, says = "upper and lower case letters" },
  { field = "failed_attempts_allowed", max = 5, says = "lockout after at most 5 failed attempts" },
  { field = "disallow_local_part_from_email", want = true, says = "must not resemble the email address" },
  { field = "password_history_length", none = true, says = "no history rule in Recommended" },
  { field = "max_sequence", none = true, says = "no sequence rule in Recommended" },
  { field = "password_duration", none = true, says = "no expiry in Recommended" },
}

-- compare(password) -> weaker, unknown, info: arrays of {field=, actual=, expected=}.
-- `weaker`: fields less strict than Recommended; `unknown`: required fields absent, null or of
-- the wrong type (cannot be decided); `info`: the fields Recommended does not constrain.
function M.compare(password)
  local weaker, unknown, info = {}, {}, {}
  for _, r in ipairs(M.recommended) do
    local raw = zd.get(password, r.field)
    if r.none then
      info[#info + 1] = { field = r.field, actual = raw == nil and "none" or raw, expected = r.says }
    elseif r.want ~= nil then
      local b = zd.bool(raw)
      if b == nil then
        unknown[#unknown + 1] = { field = r.field, actual = raw == nil and "absent" or raw, expected = r.says }
      elseif b ~= r.want then
        weaker[#weaker + 1] = { field = r.field, actual = b, expected = r.says }
      end
    else
      local n = zd.int(raw)
      if n == nil then
        unknown[#unknown + 1] = { field = r.field, actual = raw == nil and "absent" or raw, expected = r.says }
      elseif (r.min and n < r.min) or (r.max and (n > r.max or n <= 0)) then
        weaker[#weaker + 1] = { field = r.field, actual = n, expected = r.says }
      end
    end
  end
  return weaker, unknown, info
end

return M
