-- SPDX-License-Identifier: MIT
-- literal: PHI and credentials written as literal text into rule bodies (notification
-- emails, CSAT surveys), found by the scanner (zd.scan). An identifier that names a patient
-- or unlocks the account fails a control; the scanner's other findings (the clinic's own
-- phone, address, links, names) are only shown for review.
local M = {}

local IDENT_TYPES = {
  US_SSN = true, US_ITIN = true, US_MBI = true, MEDICAL_RECORD_NUMBER = true, HEALTH_PLAN_ID = true,
  CREDIT_CARD = true, ZENDESK_API_TOKEN = true, PRIVATE_KEY = true, GENERIC_SECRET = true,
  JWT = true,   -- a signed token is a credential like the others
}
local MIN_CONFIDENCE = 0.5

-- scan(text) -> the scanner's findings (masked), or nil when the scanner is not available.
function M.scan(text)
  if text == nil or text == "" then return {} end
  local ok, found = pcall(zd.scan, text)
  if ok and type(found) == "table" then return found end
  return nil
end

-- identifier(f) -> true when finding 'f' identifies a person or is a credential.
function M.identifier(f)
  return IDENT_TYPES[f.type] == true and (tonumber(f.confidence) or 0) >= MIN_CONFIDENCE
end

-- evidence(endpoint, object, field, f) -> an evidence item for finding 'f' (masked; a
-- credential's rule id says which kind it is: "slack-webhook-url", "url-basic-auth"…).
function M.evidence(endpoint, object, field, f)
  local ident = M.identifier(f)
  return { endpoint = endpoint, object = object, field = field,
           finding = { type = f.type, rule = f.rule, start = f.start, ["end"] = f["end"], masked = f.masked },
           note = ident and "identifier written into the rule text"
             or "literal text the PHI scanner flagged; review it" }
end

-- url_credentials(url) -> the credential findings in a webhook's or target's URL (a Slack or
-- Teams webhook URL is itself the credential; user:password@ or ?token= carry one), or nil
-- when the scanner is not available.
function M.url_credentials(url)
  local found = M.scan(url)
  if found == nil then return nil end
  local out = {}
  for _, f in ipairs(found) do
    if f.rule ~= nil and M.identifier(f) then out[#out + 1] = f end
  end
  return out
end

-- url_evidence(endpoint, object, field, f, note) -> an evidence item for credential 'f' found in
-- a URL (masked: never the URL itself).
function M.url_evidence(endpoint, object, field, f, note)
  return { endpoint = endpoint, object = object, field = field,
           finding = { type = f.type, rule = f.rule, masked = f.masked },
           note = note or ("credential in the URL (" .. tostring(f.rule) .. "): rotate it and keep it "
             .. "in the webhook's authentication settings, not in the URL") }
end

return M
