-- SPDX-License-Identifier: MIT
-- literal: PHI and credentials written as literal text into rule bodies (notification
-- emails, CSAT surveys), found by the scanner (zd.scan). An identifier that names a patient
-- or unlocks the account fails a control; the scanner's other findings (the clinic's own
-- phone, address, links, names) are only shown for review.
local M = {}

local IDENT_TYPES = {
  US_SSN = true, US_ITIN = true, US_MBI = true, MEDICAL_RECORD_NUMBER = true, HEALTH_PLAN_ID = true,
  CREDIT_CARD = true, ZENDESK_API_TOKEN = true, PRIVATE_KEY = true, GENERIC_SECRET = true,
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

-- evidence(endpoint, object, field, f) -> an evidence item for finding 'f' (masked).
function M.evidence(endpoint, object, field, f)
  local ident = M.identifier(f)
  return { endpoint = endpoint, object = object, field = field,
           finding = { type = f.type, start = f.start, ["end"] = f["end"], masked = f.masked },
           note = ident and "identifier written into the rule text"
             or "literal text the PHI scanner flagged; review it" }
end

return M
