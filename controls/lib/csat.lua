-- SPDX-License-Identifier: MIT
-- Customer-satisfaction surveys sent by business rules: which active notifications carry the
-- legacy survey placeholders or the new survey link, and what else their text exposes.
local P = require "placeholders"
local R = require "rules"
local M = {}

-- senders(snap, dc) -> array of {n=notification, legacy={path...}, survey=bool, findings=} for
-- every active trigger/automation notification that mentions a satisfaction placeholder.
-- `dc` is a dc_index or nil.
function M.senders(snap, dc)
  local out = {}
  local all = {}
  for _, n in ipairs(R.notifications(zd.items(snap, "automations"), "automation")) do
    all[#all + 1] = n
  end
  for _, n in ipairs(R.notifications(zd.items(snap, "triggers"), "trigger")) do
    all[#all + 1] = n
  end
  for _, n in ipairs(all) do
    local body = P.expand(n.body, dc)
    local subject = P.expand(n.subject, dc)
    local legacy, survey = {}, false
    for _, f in ipairs(body) do
      if f.class == "csat_legacy" then
        legacy[#legacy + 1] = f.path
      elseif f.class == "csat_survey" then
        survey = true
      end
    end
    if #legacy > 0 or survey then
      out[#out + 1] = { n = n, legacy = legacy, survey = survey, body = body, subject = subject }
    end
  end
  return out
end

return M
